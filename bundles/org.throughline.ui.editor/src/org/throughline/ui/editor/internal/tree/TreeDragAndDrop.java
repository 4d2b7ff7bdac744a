// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.tree;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop inside the model tree: moving (or, with Ctrl, copying) elements onto another
 * element or between two, as an EMF {@link DragAndDropCommand}.
 */
final class TreeDragAndDrop {

    private TreeDragAndDrop() {
    }

    static void install(TreeViewer viewer, EditingDomain domain) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        int operations = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
        viewer.addDragSupport(operations, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                event.doit = !selection.isEmpty();
                LocalSelectionTransfer.getTransfer().setSelection(selection);
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(operations, transfers, new Drop(viewer, domain));
    }

    private static final class Drop extends ViewerDropAdapter {
        private final EditingDomain domain;

        Drop(TreeViewer viewer, EditingDomain domain) {
            super(viewer);
            this.domain = domain;
            setFeedbackEnabled(true);
        }

        private Command command(Object target, int operation) {
            if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged) || target == null) {
                return null;
            }
            float location = switch (getCurrentLocation()) {
                case LOCATION_BEFORE -> 0.1f;
                case LOCATION_AFTER -> 0.9f;
                default -> 0.5f;
            };
            List<?> elements = dragged.toList();
            int dndOperation = switch (operation) {
                case DND.DROP_COPY -> DragAndDropFeedback.DROP_COPY;
                case DND.DROP_LINK -> DragAndDropFeedback.DROP_LINK;
                default -> DragAndDropFeedback.DROP_MOVE;
            };
            return DragAndDropCommand.create(domain, target, location,
                    DragAndDropFeedback.DROP_MOVE | DragAndDropFeedback.DROP_COPY | DragAndDropFeedback.DROP_LINK, dndOperation,
                    elements);
        }

        @Override
        public boolean validateDrop(Object target, int operation, TransferData type) {
            Command command = command(target, operation);
            boolean can = command != null && command.canExecute();
            if (command != null) {
                command.dispose();
            }
            return can;
        }

        @Override
        public boolean performDrop(Object data) {
            Command command = command(getCurrentTarget(), getCurrentOperation());
            if (command != null && command.canExecute()) {
                domain.getCommandStack().execute(command);
                return true;
            }
            return false;
        }

        @Override
        public void dragOver(DropTargetEvent event) {
            super.dragOver(event);
            if (event.detail == DND.DROP_NONE) {
                return;
            }
            event.feedback |= DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
        }
    }
}
