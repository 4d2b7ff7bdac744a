// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Delivery Modelling perspective: models on the left (Project Explorer) with the Outline below
 * them, the editor taking the rest of the width (a chain is wide), and Properties and Problems
 * below it, where a modeller looks after every edit.
 */
public final class DeliveryModellingPerspective implements IPerspectiveFactory {

    static final String LEFT = "org.throughline.ui.perspective.left"; //$NON-NLS-1$
    static final String OUTLINE = "org.throughline.ui.perspective.outline"; //$NON-NLS-1$
    static final String BOTTOM = "org.throughline.ui.perspective.bottom"; //$NON-NLS-1$
    /** The Problems view grouped by model, of the model editor's bundle (in place of the IDE's, which mixes all files). */
    public static final String PROBLEMS = "org.throughline.ui.editor.problems"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.22f, editors);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout outline = layout.createFolder(OUTLINE, IPageLayout.BOTTOM, 0.55f, LEFT);
        outline.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(PROBLEMS);

        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(PROBLEMS);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project"); //$NON-NLS-1$
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file"); //$NON-NLS-1$
    }
}
