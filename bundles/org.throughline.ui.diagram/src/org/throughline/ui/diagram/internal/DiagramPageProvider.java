// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.diagram.internal;

import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.api.ModelEditorPageProvider;

/** Adds a page to the model editor for every diagram of the model's representations file. */
public final class DiagramPageProvider implements ModelEditorPageProvider {

    @Override
    public void contributePages(ModelEditorContext context) {
        ModelDiagrams.of(context).openAll();
    }
}
