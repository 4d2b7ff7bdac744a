/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A project: a temporary piece of work with defined outputs, on its own or within a programme.
 * <!-- end-model-doc -->
 *
 *
 * @see org.throughline.model.ThroughlinePackage#getProject()
 * @model
 * @generated
 */
public interface Project extends Initiative {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

} // Project
