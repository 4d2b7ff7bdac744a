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

} // UserJourney
