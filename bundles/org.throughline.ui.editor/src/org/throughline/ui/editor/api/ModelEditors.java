// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.api;

/**
 * Ids of the model editor and of what it contributes to the workbench.
 *
 * @since 0.1
 */
public final class ModelEditors {

    /** The id of the model editor, for {@code IDE.openEditor(page, file, ModelEditors.EDITOR_ID)}. */
    public static final String EDITOR_ID = "org.throughline.ui.editor.modelEditor"; //$NON-NLS-1$

    /** The id of the content type of {@code .throughline} files. */
    public static final String CONTENT_TYPE = "org.throughline.ui.editor.modelFile"; //$NON-NLS-1$

    /** The extension point on which {@link ModelEditorPageProvider}s are registered. */
    public static final String PAGES_EXTENSION_POINT = "org.throughline.ui.editor.pages"; //$NON-NLS-1$

    /**
     * The marker type of validation findings, a subtype of problem markers, with the attributes
     * {@link #MARKER_ELEMENT_ID} and {@link #MARKER_RULE_ID}.
     */
    public static final String VALIDATION_MARKER = "org.throughline.ui.editor.validationProblem"; //$NON-NLS-1$

    /** Marker attribute: the id of the element at fault. */
    public static final String MARKER_ELEMENT_ID = "elementId"; //$NON-NLS-1$

    /** Marker attribute: the id of the rule that found it. */
    public static final String MARKER_RULE_ID = "ruleId"; //$NON-NLS-1$

    /** Marker attribute: the id of the rule's quick fix, when it declares one. */
    public static final String MARKER_QUICK_FIX = "quickFix"; //$NON-NLS-1$

    private ModelEditors() {
    }
}
