// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link ThroughlineResource}s for {@code .throughline} files. */
public final class ThroughlineResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new ThroughlineResource(uri);
    }
}
