// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.throughline.ui.editor.api.ModelEditorContext;
import org.throughline.ui.editor.api.ModelEditorPageProvider;
import org.throughline.ui.editor.api.ModelEditors;

/** Reads {@code org.throughline.ui.editor.pages} and lets each provider add its pages; a failing one is logged and skipped. */
final class PageProviders {

    private PageProviders() {
    }

    static void contributeAll(ModelEditorContext context) {
        IConfigurationElement[] elements = Platform.getExtensionRegistry()
                .getConfigurationElementsFor(ModelEditors.PAGES_EXTENSION_POINT);
        for (IConfigurationElement element : elements) {
            if (!"pageProvider".equals(element.getName())) { //$NON-NLS-1$
                continue;
            }
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() throws CoreException {
                    Object provider = element.createExecutableExtension("class"); //$NON-NLS-1$
                    if (provider instanceof ModelEditorPageProvider pageProvider) {
                        pageProvider.contributePages(context);
                    } else {
                        ILog.of(PageProviders.class).log(Status.warning(Messages.bind(Messages.pages_notAProvider,
                                element.getAttribute("class"), element.getContributor().getName()))); //$NON-NLS-1$
                    }
                }

                @Override
                public void handleException(Throwable failure) {
                    ILog.of(PageProviders.class).log(Status.error(Messages.bind(Messages.pages_providerFailed,
                            element.getAttribute("class"), element.getContributor().getName()), failure)); //$NON-NLS-1$
                }
            });
        }
    }
}
