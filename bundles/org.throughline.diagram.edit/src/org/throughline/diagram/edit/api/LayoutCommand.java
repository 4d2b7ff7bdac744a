// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Changes where nodes and edges of a diagram are: a move, a resize, a layout. Holds where things
 * were before and after, by key, so that undo and redo work on the diagram as it is then, even
 * after refreshes.
 */
public final class LayoutCommand extends AbstractCommand implements DiagramOnlyCommand {

    private final DiagramSession session;
    private final DiagramSession.LayoutSnapshot before;
    private final DiagramSession.LayoutSnapshot after;

    /**
     * @param label  what the user did, as the Undo menu shows it
     * @param session the diagram
     * @param before where things were
     * @param after  where things go
     */
    LayoutCommand(String label, DiagramSession session, DiagramSession.LayoutSnapshot before, DiagramSession.LayoutSnapshot after) {
        super(label);
        this.session = session;
        this.before = before;
        this.after = after;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        session.restore(after);
    }

    @Override
    public void undo() {
        session.restore(before);
    }

    @Override
    public void redo() {
        execute();
    }
}
