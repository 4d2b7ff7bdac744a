// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.throughline.model.api.ModelFiles;
import org.throughline.ui.editor.api.ModelEditors;
import org.throughline.ui.editor.internal.Messages;
import org.throughline.ui.editor.internal.ModelEditor;

/**
 * Quick fixes (Ctrl+1 in the Problems view) for validation markers: the fixes of
 * {@link QuickFixes} for the marker's rule, applied as a command in the model's editor (opened
 * if need be), so they can be undone.
 */
public final class ModelMarkerResolutions implements IMarkerResolutionGenerator2 {

    private static final IMarkerResolution[] NONE = new IMarkerResolution[0];

    @Override
    public boolean hasResolutions(IMarker marker) {
        return fixId(marker) != null;
    }

    private static String fixId(IMarker marker) {
        return QuickFixes.fixId(marker.getAttribute(ModelEditors.MARKER_RULE_ID, null),
                marker.getAttribute(ModelEditors.MARKER_QUICK_FIX, null));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String elementId = marker.getAttribute(ModelEditors.MARKER_ELEMENT_ID, null);
        if (!(marker.getResource() instanceof IFile file) || elementId == null) {
            return NONE;
        }
        EObject element = findElement(file, elementId);
        List<QuickFixes.Fix> fixes = QuickFixes.fixes(fixId(marker), element);
        return fixes.stream().map(fix -> new Resolution(fix, elementId)).toArray(IMarkerResolution[]::new);
    }

    /** The element in the open editor of the file, or else as saved in the file. */
    private static EObject findElement(IFile file, String elementId) {
        ModelEditor open = openEditor(file, false);
        if (open != null) {
            return open.modelResource().getEObject(elementId);
        }
        try {
            Resource saved = ModelFiles.load(file.getLocation().toFile().toPath());
            return saved.getEObject(elementId);
        } catch (Exception e) {
            return null;
        }
    }

    private static ModelEditor openEditor(IFile file, boolean open) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page == null) {
            return null;
        }
        IEditorPart editor = page.findEditor(new FileEditorInput(file));
        if (editor == null && open) {
            try {
                editor = IDE.openEditor(page, file, ModelEditors.EDITOR_ID);
            } catch (PartInitException e) {
                ILog.of(ModelMarkerResolutions.class).log(Status.error(NLS.bind(Messages.fix_noEditor, file.getFullPath(),
                        e.getMessage()), e));
                return null;
            }
        }
        return editor instanceof ModelEditor modelEditor ? modelEditor : null;
    }

    /** One fix offered on a marker. */
    private static final class Resolution implements IMarkerResolution2 {
        private final QuickFixes.Fix fix;
        private final String elementId;

        Resolution(QuickFixes.Fix fix, String elementId) {
            this.fix = fix;
            this.elementId = elementId;
        }

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public String getDescription() {
            return fix.description();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile file)) {
                return;
            }
            ModelEditor editor = openEditor(file, true);
            if (editor == null) {
                return;
            }
            EObject element = editor.modelResource().getEObject(elementId);
            if (element == null) {
                ILog.of(ModelMarkerResolutions.class).log(Status.info(Messages.fix_elementGone));
                return;
            }
            Command command = fix.command().apply(editor.editingDomain(), element);
            if (command.canExecute()) {
                editor.editingDomain().getCommandStack().execute(command);
                if (element.eResource() != null) {
                    editor.select(List.of(element));
                }
            } else {
                command.dispose();
            }
        }
    }
}
