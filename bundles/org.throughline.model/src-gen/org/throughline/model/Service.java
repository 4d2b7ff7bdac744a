/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An end-to-end service through which users are served, with an accountable service owner. Demand flows through its process steps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Service#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.throughline.model.Service#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.throughline.model.Service#getUsers <em>Users</em>}</li>
 *   <li>{@link org.throughline.model.Service#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.throughline.model.Service#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getService()
 * @model
 * @generated
 */
public interface Service extends Concept, Deliverable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service owner accountable for the service end to end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.throughline.model.ThroughlinePackage#getService_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.Service#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that runs the service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Organisation)
	 * @see org.throughline.model.ThroughlinePackage#getService_Provider()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Organisation getProvider();

	/**
	 * Sets the value of the '{@link org.throughline.model.Service#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Organisation value);

	/**
	 * Returns the value of the '<em><b>Users</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.BeneficiaryGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who uses the service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getService_Users()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<BeneficiaryGroup> getUsers();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcomes the service serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getService_Outcomes()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.ProcessStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps of the service, in the order demand flows through them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getService_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProcessStep> getSteps();

} // Service
