/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delete Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Deletes an element and every reference to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.viewpoint.DeleteElement#getElementExpression <em>Element Expression</em>}</li>
 * </ul>
 *
 * @see org.throughline.viewpoint.ViewpointPackage#getDeleteElement()
 * @model
 * @generated
 */
public interface DeleteElement extends Operation {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element to delete (a JEXL expression, see the viewpoint guide: self is the element at hand)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Expression</em>' attribute.
	 * @see #setElementExpression(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getDeleteElement_ElementExpression()
	 * @model
	 * @generated
	 */
	String getElementExpression();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.DeleteElement#getElementExpression <em>Element Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Expression</em>' attribute.
	 * @see #getElementExpression()
	 * @generated
	 */
	void setElementExpression(String value);

} // DeleteElement
