/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.viewpoint;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of diagram: which domain element it is drawn for (its root), which layers of mappings it has, which filters and tools.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getId <em>Id</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getLabel <em>Label</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getDocumentation <em>Documentation</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getLayoutAlgorithm <em>Layout Algorithm</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getLayoutOptions <em>Layout Options</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getDefaultLayer <em>Default Layer</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getAdditionalLayers <em>Additional Layers</em>}</li>
 *   <li>{@link org.throughline.viewpoint.DiagramDescription#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The diagram kind's unique id, used on the command line (throughline diagram FILE --viewpoint ID) and in representation files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.DiagramDescription#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name a modeller sees, also the diagram's title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.DiagramDescription#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the diagram shows and how to read it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documentation</em>' attribute.
	 * @see #setDocumentation(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_Documentation()
	 * @model
	 * @generated
	 */
	String getDocumentation();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.DiagramDescription#getDocumentation <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Documentation</em>' attribute.
	 * @see #getDocumentation()
	 * @generated
	 */
	void setDocumentation(String value);

	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the domain class of the diagram's root element, for example DeliveryChain or Model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.DiagramDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.viewpoint.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The main direction in which the layout arranges nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.throughline.viewpoint.LayoutDirection
	 * @see #isSetDirection()
	 * @see #unsetDirection()
	 * @see #setDirection(LayoutDirection)
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_Direction()
	 * @model unsettable="true"
	 * @generated
	 */
	LayoutDirection getDirection();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.DiagramDescription#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.throughline.viewpoint.LayoutDirection
	 * @see #isSetDirection()
	 * @see #unsetDirection()
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(LayoutDirection value);

	/**
	 * Unsets the value of the '{@link org.throughline.viewpoint.DiagramDescription#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDirection()
	 * @see #getDirection()
	 * @see #setDirection(LayoutDirection)
	 * @generated
	 */
	void unsetDirection();

	/**
	 * Returns whether the value of the '{@link org.throughline.viewpoint.DiagramDescription#getDirection <em>Direction</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Direction</em>' attribute is set.
	 * @see #unsetDirection()
	 * @see #getDirection()
	 * @see #setDirection(LayoutDirection)
	 * @generated
	 */
	boolean isSetDirection();

	/**
	 * Returns the value of the '<em><b>Layout Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ELK algorithm that lays the diagram out: layered (the default: nodes in layers along the direction, orthogonal edges, lanes and containers) or mrtree (trees, straight edges); or the id of another ELK algorithm registered by the layout bundle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Algorithm</em>' attribute.
	 * @see #setLayoutAlgorithm(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_LayoutAlgorithm()
	 * @model
	 * @generated
	 */
	String getLayoutAlgorithm();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.DiagramDescription#getLayoutAlgorithm <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Algorithm</em>' attribute.
	 * @see #getLayoutAlgorithm()
	 * @generated
	 */
	void setLayoutAlgorithm(String value);

	/**
	 * Returns the value of the '<em><b>Layout Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.viewpoint.LayoutOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ELK options for the layout algorithm, such as spacing.nodeNode; applied in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Options</em>' containment reference list.
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_LayoutOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayoutOption> getLayoutOptions();

	/**
	 * Returns the value of the '<em><b>Default Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer that is always shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Layer</em>' containment reference.
	 * @see #setDefaultLayer(Layer)
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_DefaultLayer()
	 * @model containment="true"
	 * @generated
	 */
	Layer getDefaultLayer();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.DiagramDescription#getDefaultLayer <em>Default Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Layer</em>' containment reference.
	 * @see #getDefaultLayer()
	 * @generated
	 */
	void setDefaultLayer(Layer value);

	/**
	 * Returns the value of the '<em><b>Additional Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.viewpoint.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional layers the modeller switches on and off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Additional Layers</em>' containment reference list.
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_AdditionalLayers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getAdditionalLayers();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.throughline.viewpoint.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Filters that hide elements; the modeller switches them on and off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.throughline.viewpoint.ViewpointPackage#getDiagramDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

} // DiagramDescription
