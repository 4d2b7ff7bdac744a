// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.api;

import org.throughline.viewpoint.ArrowStyle;
import org.throughline.viewpoint.LineStyle;
import org.throughline.viewpoint.Shape;
import org.throughline.viewpoint.Style;
import org.throughline.viewpoint.ViewpointPackage;

/**
 * The resolved look of a diagram element: the mapping's style with the overrides of the
 * conditional styles that hold, every property filled in.
 *
 * @param shape       the node's shape
 * @param fill        fill colour, {@code #rrggbb}
 * @param borderColor border or line colour, {@code #rrggbb}
 * @param borderWidth border or line width in pixels
 * @param lineStyle   solid, dashed or dotted
 * @param fontColor   label colour, {@code #rrggbb}
 * @param fontSize    label size in points
 * @param bold        whether the label is bold
 * @param icon        the icon's name, or the empty string
 * @param width       minimum node width
 * @param height      minimum node height
 * @param badge       a short corner text, or the empty string
 * @param targetArrow the decoration at an edge's target end
 */
public record ElementStyle(Shape shape, String fill, String borderColor, double borderWidth, LineStyle lineStyle, String fontColor,
        int fontSize, boolean bold, String icon, int width, int height, String badge, ArrowStyle targetArrow) {

    /** The look of an element whose mapping sets nothing. */
    public static final ElementStyle DEFAULT = new ElementStyle(Shape.RECTANGLE, "#ffffff", "#555555", 1, LineStyle.SOLID, //$NON-NLS-1$ //$NON-NLS-2$
            "#222222", 11, false, "", 120, 40, "", ArrowStyle.ARROW); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /**
     * @param style a viewpoint style, or {@code null}
     * @return this style with every property the given style sets replaced by its value
     */
    public ElementStyle with(Style style) {
        if (style == null) {
            return this;
        }
        ViewpointPackage p = ViewpointPackage.eINSTANCE;
        return new ElementStyle(
                style.eIsSet(p.getStyle_Shape()) ? style.getShape() : shape,
                style.getFill() != null ? style.getFill() : fill,
                style.getBorderColor() != null ? style.getBorderColor() : borderColor,
                style.getBorderWidth() != null ? style.getBorderWidth().doubleValue() : borderWidth,
                style.eIsSet(p.getStyle_LineStyle()) ? style.getLineStyle() : lineStyle,
                style.getFontColor() != null ? style.getFontColor() : fontColor,
                style.getFontSize() != null ? style.getFontSize().intValue() : fontSize,
                style.getBold() != null ? style.getBold().booleanValue() : bold,
                style.getIcon() != null ? style.getIcon() : icon,
                style.getWidth() != null ? style.getWidth().intValue() : width,
                style.getHeight() != null ? style.getHeight().intValue() : height,
                style.getBadge() != null ? style.getBadge() : badge,
                style.eIsSet(p.getStyle_TargetArrow()) ? style.getTargetArrow() : targetArrow);
    }
}
