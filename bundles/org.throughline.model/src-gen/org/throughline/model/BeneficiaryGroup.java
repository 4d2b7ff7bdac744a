/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Beneficiary Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The citizens or service users that a priority, outcome or service is meant for: the end of the delivery chain.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.BeneficiaryGroup#getPopulation <em>Population</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getBeneficiaryGroup()
 * @model
 * @generated
 */
public interface BeneficiaryGroup extends Actor {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An estimate of how many people the group contains. Empty when not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(Long)
	 * @see org.throughline.model.ThroughlinePackage#getBeneficiaryGroup_Population()
	 * @model
	 * @generated
	 */
	Long getPopulation();

	/**
	 * Sets the value of the '{@link org.throughline.model.BeneficiaryGroup#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(Long value);

} // BeneficiaryGroup
