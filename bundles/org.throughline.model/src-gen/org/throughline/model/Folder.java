/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Folder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A user-defined folder that organises the concepts of a large model. Folders carry no meaning for validation or analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Folder#getFolders <em>Folders</em>}</li>
 *   <li>{@link org.throughline.model.Folder#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getFolder()
 * @model
 * @generated
 */
public interface Folder extends Element {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Folders</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Folder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The folders nested in this folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folders</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getFolder_Folders()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Folder> getFolders();

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.model.Concept}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The concepts filed in this folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.throughline.model.ThroughlinePackage#getFolder_Elements()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Concept> getElements();

} // Folder
