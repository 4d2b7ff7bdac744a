// SPDX-License-Identifier: EPL-2.0
/**
 * The model editor's API for plugins: {@link org.throughline.ui.editor.api.ModelEditorContext}
 * (the editing domain, the model, selection and pages of an open model editor, obtained with
 * {@code editor.getAdapter(ModelEditorContext.class)}) and
 * {@link org.throughline.ui.editor.api.ModelEditorPageProvider}, registered on the extension
 * point {@code org.throughline.ui.editor.pages}, which adds pages (such as diagrams) to every
 * model editor as it opens.
 */
package org.throughline.ui.editor.api;
