/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A programme: a set of related projects managed together to deliver outcomes and benefits.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Programme#getProjects <em>Projects</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getProgramme()
 * @model
 * @generated
 */
public interface Programme extends Initiative {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Project}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The projects of the programme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getProgramme_Projects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Project> getProjects();

} // Programme
