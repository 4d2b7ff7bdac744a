/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that may happen and would harm delivery if it did.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Risk#getLikelihood <em>Likelihood</em>}</li>
 *   <li>{@link org.throughline.model.Risk#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.throughline.model.Risk#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Risk#getMitigation <em>Mitigation</em>}</li>
 *   <li>{@link org.throughline.model.Risk#getStatus <em>Status</em>}</li>
 *   <li>{@link org.throughline.model.Risk#getAffects <em>Affects</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getRisk()
 * @model
 * @generated
 */
public interface Risk extends Concept {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Likelihood</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How likely the risk is to happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Likelihood</em>' attribute.
	 * @see org.throughline.model.Level
	 * @see #setLikelihood(Level)
	 * @see org.throughline.model.ThroughlinePackage#getRisk_Likelihood()
	 * @model
	 * @generated
	 */
	Level getLikelihood();

	/**
	 * Sets the value of the '{@link org.throughline.model.Risk#getLikelihood <em>Likelihood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Likelihood</em>' attribute.
	 * @see org.throughline.model.Level
	 * @see #getLikelihood()
	 * @generated
	 */
	void setLikelihood(Level value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much harm it would do.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see org.throughline.model.Level
	 * @see #setImpact(Level)
	 * @see org.throughline.model.ThroughlinePackage#getRisk_Impact()
	 * @model
	 * @generated
	 */
	Level getImpact();

	/**
	 * Sets the value of the '{@link org.throughline.model.Risk#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see org.throughline.model.Level
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(Level value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who manages the risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Actor)
	 * @see org.throughline.model.ThroughlinePackage#getRisk_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Actor getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Risk#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Actor value);

	/**
	 * Returns the value of the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is being done to make the risk less likely or less harmful.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mitigation</em>' attribute.
	 * @see #setMitigation(String)
	 * @see org.throughline.model.ThroughlinePackage#getRisk_Mitigation()
	 * @model
	 * @generated
	 */
	String getMitigation();

	/**
	 * Sets the value of the '{@link org.throughline.model.Risk#getMitigation <em>Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigation</em>' attribute.
	 * @see #getMitigation()
	 * @generated
	 */
	void setMitigation(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.LogStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the risk is still open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.LogStatus
	 * @see #setStatus(LogStatus)
	 * @see org.throughline.model.ThroughlinePackage#getRisk_Status()
	 * @model
	 * @generated
	 */
	LogStatus getStatus();

	/**
	 * Sets the value of the '{@link org.throughline.model.Risk#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.throughline.model.LogStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(LogStatus value);

	/**
	 * Returns the value of the '<em><b>Affects</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements whose delivery the risk threatens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affects</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getRisk_Affects()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Element> getAffects();

} // Risk
