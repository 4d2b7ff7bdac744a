/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Node Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates a domain element shown by a node mapping. Variables: container (the element of the container or diagram clicked on).
 * <!-- end-model-doc -->
 *
 *
 * @see org.throughline.viewpoint.ViewpointPackage#getCreateNodeTool()
 * @model
 * @generated
 */
public interface CreateNodeTool extends Tool {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

} // CreateNodeTool
