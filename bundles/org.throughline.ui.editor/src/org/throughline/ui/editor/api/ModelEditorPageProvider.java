// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.api;

/**
 * Contributes pages to every model editor as it opens; registered on the extension point
 * {@code org.throughline.ui.editor.pages}.
 * <p>
 * A provider that throws is logged and skipped: the editor opens with the other pages.
 *
 * @since 0.1
 */
public interface ModelEditorPageProvider {

    /**
     * Called once for each model editor, on the UI thread, after the model is loaded and the
     * model tree page is in place. Add pages with {@link ModelEditorContext#addPage}.
     *
     * @param context the editor that opens
     */
    void contributePages(ModelEditorContext context);
}
