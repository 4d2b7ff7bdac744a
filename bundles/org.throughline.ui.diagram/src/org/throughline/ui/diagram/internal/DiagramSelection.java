// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.throughline.diagram.api.Diagram;
import org.throughline.diagram.api.DiagramEdge;
import org.throughline.diagram.api.DiagramNode;

/**
 * Which nodes and edges of the diagram are selected, by key (so that a selection survives the
 * refresh that replaces the diagram's objects), and who is told when it changes. As a workbench
 * selection it is the domain elements of what is selected.
 */
final class DiagramSelection {

    private final Set<String> keys = new LinkedHashSet<>();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ISelectionProvider provider;
    private final Supplier<Diagram> diagram;

    /**
     * @param provider the selection provider the listeners are told about
     * @param diagram  the diagram shown now
     */
    DiagramSelection(ISelectionProvider provider, Supplier<Diagram> diagram) {
        this.provider = provider;
        this.diagram = diagram;
    }

    /** @return the selected keys, in the order selected (not a copy: read only) */
    Set<String> keys() {
        return keys;
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    /** Selects exactly these keys and tells the listeners. */
    void set(Set<String> selected) {
        keys.clear();
        keys.addAll(selected);
        fire();
    }

    /** Adds a key, or takes it away when it is selected (Shift- or Ctrl-click), without telling. */
    void toggle(String key) {
        if (!keys.remove(key)) {
            keys.add(key);
        }
    }

    /** Adds keys without telling. */
    void add(String key) {
        keys.add(key);
    }

    /** Takes everything away without telling. */
    void clear() {
        keys.clear();
    }

    /** Forgets what the diagram no longer shows; tells the listeners when that changed anything. */
    void retainShown() {
        Set<String> shown = new LinkedHashSet<>();
        for (DiagramNode node : diagram.get().allNodes()) {
            shown.add(node.key());
        }
        for (DiagramEdge edge : diagram.get().edges()) {
            shown.add(edge.key());
        }
        if (keys.retainAll(shown)) {
            fire();
        }
    }

    /** @return the selected nodes, in diagram order */
    List<DiagramNode> nodes() {
        List<DiagramNode> result = new ArrayList<>();
        for (DiagramNode node : diagram.get().allNodes()) {
            if (keys.contains(node.key())) {
                result.add(node);
            }
        }
        return result;
    }

    /** @return the selected edges, in diagram order */
    List<DiagramEdge> edges() {
        List<DiagramEdge> result = new ArrayList<>();
        for (DiagramEdge edge : diagram.get().edges()) {
            if (keys.contains(edge.key())) {
                result.add(edge);
            }
        }
        return result;
    }

    /** @return the one selected node, or {@code null} when none or several are selected */
    DiagramNode singleNode() {
        List<DiagramNode> nodes = nodes();
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    /**
     * @return the domain elements of the selected nodes and edges; with nothing selected, the
     *         element the diagram draws (its root), so that the Properties view shows the chain,
     *         priority or service behind the background the modeller clicked
     */
    ISelection asWorkbenchSelection() {
        // Once each: an element drawn twice (an outcome contribution's edge and its assumption's node) is one selected element.
        Set<EObject> elements = new LinkedHashSet<>();
        for (DiagramNode node : nodes()) {
            elements.add(node.element());
        }
        for (DiagramEdge edge : edges()) {
            if (edge.element() != null) {
                elements.add(edge.element());
            }
        }
        if (elements.isEmpty()) {
            EObject root = diagram.get().root();
            return root != null ? new StructuredSelection(root) : StructuredSelection.EMPTY;
        }
        return new StructuredSelection(new ArrayList<>(elements));
    }

    void addListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    void removeListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners what is selected now. */
    void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(provider, asWorkbenchSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
