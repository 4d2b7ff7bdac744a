// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;
import org.throughline.diagram.api.DiagramException;

/** Switches optional layers and filters of a diagram on or off. */
public final class LayersCommand extends AbstractCommand implements DiagramOnlyCommand {

    private final DiagramSession session;
    private final Set<String> layersBefore;
    private final Set<String> filtersBefore;
    private final Set<String> layers;
    private final Set<String> filters;

    /**
     * @param label   what the user did
     * @param session the diagram
     * @param layers  the optional layers to show
     * @param filters the filters to apply
     */
    LayersCommand(String label, DiagramSession session, Set<String> layers, Set<String> filters) {
        super(label);
        this.session = session;
        this.layersBefore = Set.copyOf(session.diagram().layers());
        this.filtersBefore = Set.copyOf(session.diagram().filters());
        this.layers = Set.copyOf(layers);
        this.filters = Set.copyOf(filters);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        apply(layers, filters);
    }

    @Override
    public void undo() {
        apply(layersBefore, filtersBefore);
    }

    @Override
    public void redo() {
        execute();
    }

    private void apply(Set<String> l, Set<String> f) {
        try {
            session.reinterpret(l, f);
        } catch (DiagramException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
