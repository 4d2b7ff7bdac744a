// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.editor.internal.provider;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.throughline.model.Link;
import org.throughline.model.Organisation;
import org.throughline.model.OutcomeContribution;
import org.throughline.model.Role;
import org.throughline.model.RoleKind;

/**
 * Throughline's own icons for its concepts, drawn for the purpose (sources in
 * {@code icons-src/}, rendered by {@code releng/render-icons.sh} at 16 and 32 px with @2x
 * versions for HiDPI screens): a kind of organisation, role or link has an icon of its own.
 * Elements of other classes keep the edit bundle's icon.
 */
public final class ConceptIcons {

    private static final String FOLDER = "icons/concepts/"; //$NON-NLS-1$
    private static final Map<String, ImageDescriptor> FOUND = new ConcurrentHashMap<>();
    private static final ImageDescriptor NONE = ImageDescriptor.getMissingImageDescriptor();

    private ConceptIcons() {
    }

    /**
     * @param element an element of a model
     * @return the name of its icon, for example {@code local-authority} or {@code link-funding}
     */
    public static String key(EObject element) {
        if (element instanceof Organisation organisation && organisation.getKind() != null) {
            return words(organisation.getKind());
        }
        if (element instanceof Role role && role.getKind() == RoleKind.SRO) {
            return "sro"; //$NON-NLS-1$
        }
        if (element instanceof Role role && role.getKind() == RoleKind.SERVICE_OWNER) {
            return "service-owner"; //$NON-NLS-1$
        }
        if (element instanceof Link link && link.getKind() != null) {
            return "link-" + words(link.getKind()); //$NON-NLS-1$
        }
        if (element instanceof OutcomeContribution) {
            return "contribution"; //$NON-NLS-1$
        }
        return key(element.eClass());
    }

    /**
     * @param type a class of the domain model
     * @return the name of the icon of its elements, for example {@code process-step}
     */
    public static String key(EClass type) {
        return type.getName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", "-").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String words(Enumerator literal) {
        return literal.getName().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param element an element of a model
     * @return its icon at 16 px, or {@code null} when the set has none for it
     */
    public static ImageDescriptor of(EObject element) {
        ImageDescriptor found = named(key(element));
        return found != null || element instanceof OutcomeContribution ? found : named(key(element.eClass()));
    }

    /**
     * @param type a class of the domain model
     * @return the icon of its elements at 16 px, or {@code null} when the set has none for it
     */
    public static ImageDescriptor of(EClass type) {
        return type.getName().equals("OutcomeContribution") ? named("contribution") : named(key(type)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param key the name of an icon
     * @return that icon at 16 px (a @2x version is found by the platform on HiDPI screens), or {@code null}
     */
    public static ImageDescriptor named(String key) {
        ImageDescriptor found = FOUND.computeIfAbsent(key, k -> {
            Bundle bundle = FrameworkUtil.getBundle(ConceptIcons.class);
            URL url = bundle == null ? null : bundle.getEntry(FOLDER + k + ".png"); //$NON-NLS-1$
            return url == null ? NONE : ImageDescriptor.createFromURL(url);
        });
        return found == NONE ? null : found;
    }
}
