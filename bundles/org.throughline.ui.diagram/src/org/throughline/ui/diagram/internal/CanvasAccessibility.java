// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleControlListener;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.accessibility.AccessibleListener;
import org.eclipse.swt.graphics.Rectangle;
import org.throughline.diagram.api.Bounds;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramElement;
import org.throughline.diagram.api.DiagramNode;
import org.throughline.viewpoint.Mapping;

/**
 * What a screen reader is told of the diagram canvas, through SWT's accessibility API: the canvas
 * is the diagram (its name and kind), and its children are the diagram's nodes and edges, each
 * with its kind and label ("Organisation: NHS England", "Link: from A to B, weak"), its place on
 * the screen, and whether it is selected. The selected node is the focus, and a screen reader is
 * told when it changes (Tab moves it).
 */
public final class CanvasAccessibility implements AccessibleListener, AccessibleControlListener {

    private final DiagramViewer viewer;

    CanvasAccessibility(DiagramViewer viewer) {
        this.viewer = viewer;
        Accessible accessible = viewer.control().getAccessible();
        accessible.addAccessibleListener(this);
        accessible.addAccessibleControlListener(this);
    }

    /** Tells a screen reader that the focus moved to the selected node. */
    void selectionChanged() {
        if (!viewer.control().isDisposed()) {
            viewer.control().getAccessible().setFocus(focus());
        }
    }

    /** @return the diagram's nodes, then its edges: child {@code i} is element {@code i} */
    private List<DiagramElement> children() {
        Diagram diagram = viewer.session().diagram();
        List<DiagramElement> children = new ArrayList<>(diagram.allNodes());
        children.addAll(diagram.edges());
        return children;
    }

    private DiagramElement child(int id) {
        List<DiagramElement> children = children();
        return id >= 0 && id < children.size() ? children.get(id) : null;
    }

    /** @return the child id of the single selected node or edge, else {@link ACC#CHILDID_SELF} */
    public int focus() {
        List<DiagramElement> selected = new ArrayList<>(viewer.selectedNodes());
        selected.addAll(viewer.selectedEdges());
        return selected.size() == 1 ? children().indexOf(selected.get(0)) : ACC.CHILDID_SELF;
    }

    /**
     * @param id a child id, or {@link ACC#CHILDID_SELF}
     * @return what a screen reader says of it
     */
    public String name(int id) {
        Diagram diagram = viewer.session().diagram();
        if (id == ACC.CHILDID_SELF) {
            return NLS.bind(Messages.access_diagram, diagram.name(), label(diagram.description().getLabel()));
        }
        DiagramElement element = child(id);
        if (element == null) {
            return null;
        }
        String kind = kinds().getOrDefault(element.mappingId(), element.mappingId());
        if (element instanceof DiagramEdge edge) {
            String text = NLS.bind(Messages.access_edge, new Object[] { kind, line(edge.source().label()), line(edge.target().label()) });
            return edge.label() == null || edge.label().isBlank() ? text : text + ", " + line(edge.label()); //$NON-NLS-1$
        }
        return NLS.bind(Messages.access_node, kind, line(element.label()));
    }

    private Map<String, String> kinds() {
        Map<String, String> kinds = new HashMap<>();
        for (var it = viewer.session().diagram().description().eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Mapping mapping) {
                kinds.put(mapping.getId(), label(mapping.getLabel() != null ? mapping.getLabel() : mapping.getId()));
            }
        }
        return kinds;
    }

    private static String label(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }

    /** A label of several lines read as one, its lines joined by commas. */
    private static String line(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s*\\n\\s*", ", "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @param id a child id, or {@link ACC#CHILDID_SELF}
     * @return its role: the canvas is a client area, a node a list item, an edge a link
     */
    public int role(int id) {
        if (id == ACC.CHILDID_SELF) {
            return ACC.ROLE_CLIENT_AREA;
        }
        return child(id) instanceof DiagramEdge ? ACC.ROLE_LINK : ACC.ROLE_LISTITEM;
    }

    @Override
    public void getName(AccessibleEvent e) {
        e.result = name(e.childID);
    }

    @Override
    public void getHelp(AccessibleEvent e) {
        if (e.childID == ACC.CHILDID_SELF) {
            e.result = Messages.access_help;
        }
    }

    @Override
    public void getKeyboardShortcut(AccessibleEvent e) {
        // None.
    }

    @Override
    public void getDescription(AccessibleEvent e) {
        if (e.childID == ACC.CHILDID_SELF) {
            e.result = viewer.session().diagram().description().getDocumentation();
        }
    }

    @Override
    public void getChildAtPoint(AccessibleControlEvent e) {
        org.eclipse.swt.graphics.Point at = viewer.control().toControl(e.x, e.y);
        DiagramNode node = viewer.hits().nodeAt(viewer.toDiagram(at.x, at.y));
        e.childID = node == null ? ACC.CHILDID_SELF : children().indexOf(node);
    }

    @Override
    public void getLocation(AccessibleControlEvent e) {
        Rectangle area;
        if (e.childID == ACC.CHILDID_SELF || !(child(e.childID) instanceof DiagramNode node) || node.bounds() == null) {
            area = viewer.control().getClientArea();
        } else {
            Bounds b = node.bounds();
            org.eclipse.swt.graphics.Point from = viewer.toScreen(new org.throughline.diagram.api.Point(b.x(), b.y()));
            org.eclipse.swt.graphics.Point to = viewer.toScreen(new org.throughline.diagram.api.Point(b.right(), b.bottom()));
            area = new Rectangle(from.x, from.y, to.x - from.x, to.y - from.y);
        }
        org.eclipse.swt.graphics.Point onScreen = viewer.control().toDisplay(area.x, area.y);
        e.x = onScreen.x;
        e.y = onScreen.y;
        e.width = area.width;
        e.height = area.height;
    }

    @Override
    public void getChildCount(AccessibleControlEvent e) {
        e.detail = children().size();
    }

    @Override
    public void getChildren(AccessibleControlEvent e) {
        int count = children().size();
        Object[] ids = new Object[count];
        for (int i = 0; i < count; i++) {
            ids[i] = Integer.valueOf(i);
        }
        e.children = ids;
    }

    @Override
    public void getChild(AccessibleControlEvent e) {
        // Children are simple: identified by their ids, with no accessible objects of their own.
    }

    @Override
    public void getFocus(AccessibleControlEvent e) {
        e.childID = focus();
    }

    @Override
    public void getRole(AccessibleControlEvent e) {
        e.detail = role(e.childID);
    }

    @Override
    public void getState(AccessibleControlEvent e) {
        if (e.childID == ACC.CHILDID_SELF) {
            e.detail = ACC.STATE_FOCUSABLE | (viewer.control().isFocusControl() ? ACC.STATE_FOCUSED : ACC.STATE_NORMAL);
            return;
        }
        DiagramElement element = child(e.childID);
        boolean selected = viewer.selectedNodes().contains(element) || viewer.selectedEdges().contains(element);
        int state = ACC.STATE_SELECTABLE | ACC.STATE_FOCUSABLE;
        if (selected) {
            state |= ACC.STATE_SELECTED | (e.childID == focus() ? ACC.STATE_FOCUSED : 0);
        }
        e.detail = state;
    }

    @Override
    public void getDefaultAction(AccessibleControlEvent e) {
        // None.
    }

    @Override
    public void getSelection(AccessibleControlEvent e) {
        e.childID = focus();
    }

    @Override
    public void getValue(AccessibleControlEvent e) {
        // Nodes and edges have a name, not a value.
    }
}
