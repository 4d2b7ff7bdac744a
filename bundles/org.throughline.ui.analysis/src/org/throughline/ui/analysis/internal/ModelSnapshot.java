// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.analysis.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.throughline.model.Model;

/**
 * A copy of a model as it is in its editor, taken on the UI thread, that background work (an
 * analysis, a report) may read while the modeller goes on editing the original; it maps the
 * copy's elements back to the originals.
 */
final class ModelSnapshot {

    private final Model copy;
    private final Map<EObject, EObject> originals = new IdentityHashMap<>();
    private final Map<EObject, EObject> copies;

    private ModelSnapshot(Model copy, Map<EObject, EObject> copies) {
        this.copy = copy;
        this.copies = copies;
        copies.forEach((original, copied) -> originals.put(copied, original));
    }

    /**
     * Copies a model with everything it contains; must run where the model may be read (the UI
     * thread of its editor).
     */
    static ModelSnapshot of(Model model) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Model copy = (Model) copier.copy(model);
        copier.copyReferences();
        // In a resource of its own, like the original, for code that asks an element for its resource.
        URI uri = model.eResource() == null ? URI.createURI("snapshot.throughline") : model.eResource().getURI(); //$NON-NLS-1$
        new XMIResourceImpl(uri).getContents().add(copy);
        return new ModelSnapshot(copy, copier);
    }

    /** @return the copy */
    Model copy() {
        return copy;
    }

    /** @return the copy of an element of the original model, or {@code null} */
    EObject copyOf(EObject original) {
        return original == null ? null : copies.get(original);
    }

    /** @return the original of an element of the copy, or {@code null} (also for {@code null}) */
    EObject original(EObject copied) {
        return copied == null ? null : originals.get(copied);
    }
}
