/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps to edges between nodes, either from an element (such as a Link) with source and target expressions, or from a reference (each source node's element to the elements the target expression gives, evaluated on it).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.viewpoint.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.throughline.viewpoint.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.throughline.viewpoint.EdgeMapping#getSourceExpression <em>Source Expression</em>}</li>
 *   <li>{@link org.throughline.viewpoint.EdgeMapping#getTargetExpression <em>Target Expression</em>}</li>
 * </ul>
 *
 * @see org.throughline.viewpoint.ViewpointPackage#getEdgeMapping()
 * @model
 * @generated
 */
public interface EdgeMapping extends Mapping {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.viewpoint.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings whose nodes edges start from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.throughline.viewpoint.ViewpointPackage#getEdgeMapping_SourceMappings()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<AbstractNodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.throughline.viewpoint.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings whose nodes edges end at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.throughline.viewpoint.ViewpointPackage#getEdgeMapping_TargetMappings()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<AbstractNodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an element-based edge: the element at the source end (a JEXL expression, see the viewpoint guide: self is the element at hand), the edge's element).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Expression</em>' attribute.
	 * @see #setSourceExpression(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getEdgeMapping_SourceExpression()
	 * @model
	 * @generated
	 */
	String getSourceExpression();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.EdgeMapping#getSourceExpression <em>Source Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Expression</em>' attribute.
	 * @see #getSourceExpression()
	 * @generated
	 */
	void setSourceExpression(String value);

	/**
	 * Returns the value of the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an element-based edge: the element at the target end (a JEXL expression, see the viewpoint guide: self is the element at hand), the edge's element). For a reference-based edge (no domain class): the target element or elements, evaluated with self the source node's element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Expression</em>' attribute.
	 * @see #setTargetExpression(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getEdgeMapping_TargetExpression()
	 * @model
	 * @generated
	 */
	String getTargetExpression();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.EdgeMapping#getTargetExpression <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Expression</em>' attribute.
	 * @see #getTargetExpression()
	 * @generated
	 */
	void setTargetExpression(String value);

} // EdgeMapping
