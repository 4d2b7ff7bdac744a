// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.tree;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.throughline.ui.editor.internal.provider.ItemLabelProvider;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.Severity;
import org.throughline.validation.api.ValidationResult;

/**
 * Tree labels (names, the kind told by the icon) with the live validation's verdict on each
 * element: an error or warning mark on its icon.
 */
final class ProblemLabelProvider extends ItemLabelProvider {

    private final ResourceManager decorated = new LocalResourceManager(JFaceResources.getResources());
    private Map<EObject, Severity> worst = Map.of();

    ProblemLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory, true);
    }

    /**
     * @param result the latest findings
     * @return the elements whose mark changed (came, went or changed severity)
     */
    Set<EObject> setFindings(ValidationResult result) {
        Map<EObject, Severity> next = new HashMap<>();
        for (Finding finding : result.findings()) {
            if (finding.element() != null && finding.severity() != Severity.INFO) {
                next.merge(finding.element(), finding.severity(), (a, b) -> a == Severity.ERROR || b == Severity.ERROR
                        ? Severity.ERROR : Severity.WARNING);
            }
        }
        Set<EObject> changed = new HashSet<>();
        for (Map.Entry<EObject, Severity> mark : next.entrySet()) {
            if (worst.get(mark.getKey()) != mark.getValue()) {
                changed.add(mark.getKey());
            }
        }
        for (EObject marked : worst.keySet()) {
            if (!next.containsKey(marked)) {
                changed.add(marked);
            }
        }
        worst = next;
        return changed;
    }

    @Override
    public Image getImage(Object element) {
        Image base = super.getImage(element);
        Severity severity = worst.get(element);
        if (base == null || severity == null) {
            return base;
        }
        String overlay = severity == Severity.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING;
        ImageDescriptor mark = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay);
        return decorated.create(new DecorationOverlayIcon(base, mark, IDecoration.BOTTOM_LEFT));
    }

    @Override
    public void dispose() {
        decorated.dispose();
        super.dispose();
    }
}
