/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates an element of a domain class and adds it to a containment reference of an owner.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.viewpoint.CreateInstance#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.throughline.viewpoint.CreateInstance#getOwnerExpression <em>Owner Expression</em>}</li>
 *   <li>{@link org.throughline.viewpoint.CreateInstance#getReference <em>Reference</em>}</li>
 *   <li>{@link org.throughline.viewpoint.CreateInstance#getVariable <em>Variable</em>}</li>
 * </ul>
 *
 * @see org.throughline.viewpoint.ViewpointPackage#getCreateInstance()
 * @model
 * @generated
 */
public interface CreateInstance extends Operation {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the class to instantiate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getCreateInstance_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.CreateInstance#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Owner Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The owner of the new element (a JEXL expression, see the viewpoint guide: self is the element at hand)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Expression</em>' attribute.
	 * @see #setOwnerExpression(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getCreateInstance_OwnerExpression()
	 * @model
	 * @generated
	 */
	String getOwnerExpression();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.CreateInstance#getOwnerExpression <em>Owner Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Expression</em>' attribute.
	 * @see #getOwnerExpression()
	 * @generated
	 */
	void setOwnerExpression(String value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the owner's containment reference the new element is added to. When empty: the first of the owner's containment references that can hold an element of the class (a project goes into a programme's projects, or into a model's elements).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getCreateInstance_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.CreateInstance#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name under which later operations see the new element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable</em>' attribute.
	 * @see #setVariable(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getCreateInstance_Variable()
	 * @model
	 * @generated
	 */
	String getVariable();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.CreateInstance#getVariable <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' attribute.
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(String value);

} // CreateInstance
