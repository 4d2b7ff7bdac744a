/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An accountable position, such as a senior responsible owner or a service owner, within an organisation and held by a person. Accountability attaches to roles so that it survives changes of post holder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.model.Role#getKind <em>Kind</em>}</li>
 *   <li>{@link org.throughline.model.Role#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.throughline.model.Role#getHolder <em>Holder</em>}</li>
 * </ul>
 *
 * @see org.throughline.model.ThroughlinePackage#getRole()
 * @model
 * @generated
 */
public interface Role extends Actor {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.model.RoleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of role this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.throughline.model.RoleKind
	 * @see #setKind(RoleKind)
	 * @see org.throughline.model.ThroughlinePackage#getRole_Kind()
	 * @model
	 * @generated
	 */
	RoleKind getKind();

	/**
	 * Sets the value of the '{@link org.throughline.model.Role#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.throughline.model.RoleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoleKind value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation the role belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.throughline.model.ThroughlinePackage#getRole_Organisation()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.throughline.model.Role#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person who currently holds the role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holder</em>' reference.
	 * @see #setHolder(Person)
	 * @see org.throughline.model.ThroughlinePackage#getRole_Holder()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getHolder();

	/**
	 * Sets the value of the '{@link org.throughline.model.Role#getHolder <em>Holder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' reference.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(Person value);

} // Role
