/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Benefit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurable improvement that results from an outcome and is valued by a stakeholder; programmes and projects are expected to realise benefits.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Benefit#getEstimatedValue <em>Estimated Value</em>}</li>
 *   <li>{@link org.throughline.model.Benefit#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.throughline.model.Benefit#getRealisationDate <em>Realisation Date</em>}</li>
 *   <li>{@link org.throughline.model.Benefit#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Benefit#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.throughline.model.Benefit#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.throughline.model.Benefit#getBeneficiaries <em>Beneficiaries</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getBenefit()
 * @model
 * @generated
 */
public interface Benefit extends Concept, Deliverable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Estimated Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The estimated size of the benefit, in the given unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Value</em>' attribute.
	 * @see #setEstimatedValue(Double)
	 * @see org.throughline.model.ThroughlinePackage#getBenefit_EstimatedValue()
	 * @model
	 * @generated
	 */
	Double getEstimatedValue();

	/**
	 * Sets the value of the '{@link org.throughline.model.Benefit#getEstimatedValue <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Value</em>' attribute.
	 * @see #getEstimatedValue()
	 * @generated
	 */
	void setEstimatedValue(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the estimated value (for example "GBP per year", "hours saved").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.throughline.model.ThroughlinePackage#getBenefit_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.throughline.model.Benefit#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Realisation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the benefit is expected to be realised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Realisation Date</em>' attribute.
	 * @see #setRealisationDate(LocalDate)
	 * @see org.throughline.model.ThroughlinePackage#getBenefit_RealisationDate()
	 * @model dataType="org.throughline.model.LocalDate"
	 * @generated
	 */
	LocalDate getRealisationDate();

	/**
	 * Sets the value of the '{@link org.throughline.model.Benefit#getRealisationDate <em>Realisation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Realisation Date</em>' attribute.
	 * @see #getRealisationDate()
	 * @generated
	 */
	void setRealisationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role accountable for realising the benefit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.throughline.model.ThroughlinePackage#getBenefit_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Benefit#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome this benefit results from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' reference.
	 * @see #setOutcome(Outcome)
	 * @see org.throughline.model.ThroughlinePackage#getBenefit_Outcome()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link org.throughline.model.Benefit#getOutcome <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicator that shows whether the benefit is being realised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator</em>' reference.
	 * @see #setIndicator(Indicator)
	 * @see org.throughline.model.ThroughlinePackage#getBenefit_Indicator()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Indicator getIndicator();

	/**
	 * Sets the value of the '{@link org.throughline.model.Benefit#getIndicator <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' reference.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(Indicator value);

	/**
	 * Returns the value of the '<em><b>Beneficiaries</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.BeneficiaryGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who receives the benefit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiaries</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getBenefit_Beneficiaries()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<BeneficiaryGroup> getBeneficiaries();

} // Benefit
