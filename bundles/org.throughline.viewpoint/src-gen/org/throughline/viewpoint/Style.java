/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.throughline.viewpoint;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a diagram element looks. Properties left unset take the renderer's defaults (or, in a conditional style, are not overridden).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.throughline.viewpoint.Style#getShape <em>Shape</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getFill <em>Fill</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getFontColor <em>Font Color</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getFontSize <em>Font Size</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getBold <em>Bold</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getIcon <em>Icon</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getWidth <em>Width</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getHeight <em>Height</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getBadge <em>Badge</em>}</li>
 *   <li>{@link org.throughline.viewpoint.Style#getTargetArrow <em>Target Arrow</em>}</li>
 * </ul>
 *
 * @see org.throughline.viewpoint.ViewpointPackage#getStyle()
 * @model
 * @generated
 */
public interface Style extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "SPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.viewpoint.Shape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's shape.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.throughline.viewpoint.Shape
	 * @see #isSetShape()
	 * @see #unsetShape()
	 * @see #setShape(Shape)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_Shape()
	 * @model unsettable="true"
	 * @generated
	 */
	Shape getShape();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.throughline.viewpoint.Shape
	 * @see #isSetShape()
	 * @see #unsetShape()
	 * @see #getShape()
	 * @generated
	 */
	void setShape(Shape value);

	/**
	 * Unsets the value of the '{@link org.throughline.viewpoint.Style#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetShape()
	 * @see #getShape()
	 * @see #setShape(Shape)
	 * @generated
	 */
	void unsetShape();

	/**
	 * Returns whether the value of the '{@link org.throughline.viewpoint.Style#getShape <em>Shape</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Shape</em>' attribute is set.
	 * @see #unsetShape()
	 * @see #getShape()
	 * @see #setShape(Shape)
	 * @generated
	 */
	boolean isSetShape();

	/**
	 * Returns the value of the '<em><b>Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fill colour as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fill</em>' attribute.
	 * @see #setFill(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_Fill()
	 * @model
	 * @generated
	 */
	String getFill();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getFill <em>Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill</em>' attribute.
	 * @see #getFill()
	 * @generated
	 */
	void setFill(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The colour of a node's border or of an edge's line, as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_BorderColor()
	 * @model
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The width of the border or line in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Width</em>' attribute.
	 * @see #setBorderWidth(Double)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_BorderWidth()
	 * @model
	 * @generated
	 */
	Double getBorderWidth();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getBorderWidth <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Width</em>' attribute.
	 * @see #getBorderWidth()
	 * @generated
	 */
	void setBorderWidth(Double value);

	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.viewpoint.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Solid, dashed or dotted border or line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.throughline.viewpoint.LineStyle
	 * @see #isSetLineStyle()
	 * @see #unsetLineStyle()
	 * @see #setLineStyle(LineStyle)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_LineStyle()
	 * @model unsettable="true"
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.throughline.viewpoint.LineStyle
	 * @see #isSetLineStyle()
	 * @see #unsetLineStyle()
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Unsets the value of the '{@link org.throughline.viewpoint.Style#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLineStyle()
	 * @see #getLineStyle()
	 * @see #setLineStyle(LineStyle)
	 * @generated
	 */
	void unsetLineStyle();

	/**
	 * Returns whether the value of the '{@link org.throughline.viewpoint.Style#getLineStyle <em>Line Style</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Line Style</em>' attribute is set.
	 * @see #unsetLineStyle()
	 * @see #getLineStyle()
	 * @see #setLineStyle(LineStyle)
	 * @generated
	 */
	boolean isSetLineStyle();

	/**
	 * Returns the value of the '<em><b>Font Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label colour as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Font Color</em>' attribute.
	 * @see #setFontColor(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_FontColor()
	 * @model
	 * @generated
	 */
	String getFontColor();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getFontColor <em>Font Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font Color</em>' attribute.
	 * @see #getFontColor()
	 * @generated
	 */
	void setFontColor(String value);

	/**
	 * Returns the value of the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label size in points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Font Size</em>' attribute.
	 * @see #setFontSize(Integer)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_FontSize()
	 * @model
	 * @generated
	 */
	Integer getFontSize();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getFontSize <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font Size</em>' attribute.
	 * @see #getFontSize()
	 * @generated
	 */
	void setFontSize(Integer value);

	/**
	 * Returns the value of the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the label is bold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bold</em>' attribute.
	 * @see #setBold(Boolean)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_Bold()
	 * @model
	 * @generated
	 */
	Boolean getBold();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getBold <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bold</em>' attribute.
	 * @see #getBold()
	 * @generated
	 */
	void setBold(Boolean value);

	/**
	 * Returns the value of the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of an icon drawn before the label, for example person, organisation, group, flag, target, gear, milestone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Icon</em>' attribute.
	 * @see #setIcon(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_Icon()
	 * @model
	 * @generated
	 */
	String getIcon();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon</em>' attribute.
	 * @see #getIcon()
	 * @generated
	 */
	void setIcon(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minimum width of a node in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(Integer)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_Width()
	 * @model
	 * @generated
	 */
	Integer getWidth();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(Integer value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minimum height of a node in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(Integer)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_Height()
	 * @model
	 * @generated
	 */
	Integer getHeight();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(Integer value);

	/**
	 * Returns the value of the '<em><b>Badge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short text shown in a corner of the node, for example a rating.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Badge</em>' attribute.
	 * @see #setBadge(String)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_Badge()
	 * @model
	 * @generated
	 */
	String getBadge();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getBadge <em>Badge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Badge</em>' attribute.
	 * @see #getBadge()
	 * @generated
	 */
	void setBadge(String value);

	/**
	 * Returns the value of the '<em><b>Target Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.throughline.viewpoint.ArrowStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decoration at an edge's target end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Arrow</em>' attribute.
	 * @see org.throughline.viewpoint.ArrowStyle
	 * @see #isSetTargetArrow()
	 * @see #unsetTargetArrow()
	 * @see #setTargetArrow(ArrowStyle)
	 * @see org.throughline.viewpoint.ViewpointPackage#getStyle_TargetArrow()
	 * @model unsettable="true"
	 * @generated
	 */
	ArrowStyle getTargetArrow();

	/**
	 * Sets the value of the '{@link org.throughline.viewpoint.Style#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Arrow</em>' attribute.
	 * @see org.throughline.viewpoint.ArrowStyle
	 * @see #isSetTargetArrow()
	 * @see #unsetTargetArrow()
	 * @see #getTargetArrow()
	 * @generated
	 */
	void setTargetArrow(ArrowStyle value);

	/**
	 * Unsets the value of the '{@link org.throughline.viewpoint.Style#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTargetArrow()
	 * @see #getTargetArrow()
	 * @see #setTargetArrow(ArrowStyle)
	 * @generated
	 */
	void unsetTargetArrow();

	/**
	 * Returns whether the value of the '{@link org.throughline.viewpoint.Style#getTargetArrow <em>Target Arrow</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Target Arrow</em>' attribute is set.
	 * @see #unsetTargetArrow()
	 * @see #getTargetArrow()
	 * @see #setTargetArrow(ArrowStyle)
	 * @generated
	 */
	boolean isSetTargetArrow();

} // Style
