// SPDX-License-Identifier: EPL-2.0
package org.throughline.diagram.edit.api;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What running a palette tool (or a delete or rename) on a {@link DiagramSession} did: either it
 * changed the model as one undoable command, or it was refused or failed and the model is as it
 * was, with one sentence saying why.
 *
 * @param done    whether the model changed
 * @param problem why not, one sentence for the modeller; {@code null} when done
 * @param created the elements the tool created, in order (empty when it created none)
 */
public record ToolResult(boolean done, String problem, List<EObject> created) {

    /**
     * @param created what the tool created
     * @return a tool run that changed the model
     */
    static ToolResult done(List<EObject> created) {
        return new ToolResult(true, null, List.copyOf(created));
    }

    /**
     * @param problem why the tool did not run
     * @return a tool run that changed nothing
     */
    static ToolResult refused(String problem) {
        return new ToolResult(false, problem, List.of());
    }
}
