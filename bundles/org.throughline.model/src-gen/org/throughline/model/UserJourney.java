/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Journey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The path a user takes to get something done, through steps that may belong to several services, often across departments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.UserJourney#getUsers <em>Users</em>}</li>
 *   <li>{@link org.throughline.model.UserJourney#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.throughline.model.UserJourney#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getUserJourney()
 * @model
 * @generated
 */
public interface UserJourney extends Concept, Deliverable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Users</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.BeneficiaryGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whose journey this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getUserJourney_Users()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<BeneficiaryGroup> getUsers();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.model.ProcessStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps of the journey, in the order the user meets them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' reference list.
	 * @see org.throughline.model.ThroughlinePackage#getUserJourney_Steps()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<ProcessStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The journey owner, accountable for the whole journey end to end, across the services and departments its steps belong to; each service's owner answers for their stretch of it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.throughline.model.ThroughlinePackage#getUserJourney_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.throughline.model.UserJourney#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

} // UserJourney
