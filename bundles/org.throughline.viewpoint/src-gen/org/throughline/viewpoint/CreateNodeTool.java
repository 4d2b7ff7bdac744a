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
 * Creates a domain element shown by a node mapping. Variables: container (the element of the innermost container clicked on whose nodes hold nodes of the mapping's domain class, else the diagram's root; a click outside such a container is refused when the diagram shows no such nodes at its top level).
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
