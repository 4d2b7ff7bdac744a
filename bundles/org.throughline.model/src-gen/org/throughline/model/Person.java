/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named individual. What a person is accountable for follows from the roles they hold.
 * <!-- end-model-doc -->
 *
 *
 * @see org.throughline.model.ThroughlinePackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Actor {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

} // Person
