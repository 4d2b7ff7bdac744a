/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps each semantic candidate to a container holding other nodes, for example a tier holding its actors as a lane.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.viewpoint.ContainerMapping#getPresentation <em>Presentation</em>}</li>
 *   <li>{@link org.throughline.viewpoint.ContainerMapping#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.throughline.viewpoint.ViewpointPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends AbstractNodeMapping {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Presentation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.viewpoint.ContainerPresentation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How children are arranged: freely inside a box, or as a lane (a band across the diagram ordered like the candidates).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Presentation</em>' attribute.
	 * @see org.throughline.viewpoint.ContainerPresentation
	 * @see #isSetPresentation()
	 * @see #unsetPresentation()
	 * @see #setPresentation(ContainerPresentation)
	 * @see org.throughline.viewpoint.ViewpointPackage#getContainerMapping_Presentation()
	 * @model unsettable="true"
	 * @generated
	 */
	ContainerPresentation getPresentation();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.ContainerMapping#getPresentation <em>Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Presentation</em>' attribute.
	 * @see org.throughline.viewpoint.ContainerPresentation
	 * @see #isSetPresentation()
	 * @see #unsetPresentation()
	 * @see #getPresentation()
	 * @generated
	 */
	void setPresentation(ContainerPresentation value);

	/**
	 * Unsets the value of the '{@link org.throughline.viewpoint.ContainerMapping#getPresentation <em>Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPresentation()
	 * @see #getPresentation()
	 * @see #setPresentation(ContainerPresentation)
	 * @generated
	 */
	void unsetPresentation();

	/**
	 * Returns whether the value of the '{@link org.throughline.viewpoint.ContainerMapping#getPresentation <em>Presentation</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Presentation</em>' attribute is set.
	 * @see #unsetPresentation()
	 * @see #getPresentation()
	 * @see #setPresentation(ContainerPresentation)
	 * @generated
	 */
	boolean isSetPresentation();

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.viewpoint.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings of the nodes inside; for them self is the container's element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.throughline.viewpoint.ViewpointPackage#getContainerMapping_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getChildren();

} // ContainerMapping
