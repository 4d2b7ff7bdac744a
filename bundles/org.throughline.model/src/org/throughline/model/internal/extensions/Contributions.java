// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.internal.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Reads the contributions to one of our extension points the same way everywhere: Throughline's
 * own (those of the bundle that declares the point) first, then the others in contribution order,
 * skipping a malformed contribution or a second one with an id already taken, and saying why in
 * one sentence, so that one bad plugin never hides the others and never takes a built-in's id,
 * whatever order the bundles were installed in.
 */
public final class Contributions {

    private Contributions() {
    }

    /** Turns one configuration element into a contribution. */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * @param element     the element
         * @param contributor the contributing bundle's name
         * @return the contribution
         * @throws IllegalArgumentException with a one-sentence reason when the element is malformed
         */
        T read(IConfigurationElement element, String contributor);
    }

    /**
     * @param extensionPoint the extension point's full id
     * @param elementName    the name of the elements to read; others are ignored
     * @param reader         reads one element
     * @param id             the id of a contribution, unique across all contributors
     * @param duplicate      the sentence for a taken id, from (id, contributor)
     * @param malformed      the sentence for a malformed element, from (contributor, reason)
     * @param problems       receives one sentence per skipped contribution
     * @return the contributions read, the declaring bundle's first, then in contribution order;
     *         empty when there is no registry
     */
    public static <T> List<T> read(String extensionPoint, String elementName, Reader<T> reader, Function<T, String> id,
            BiFunction<String, String, String> duplicate, BiFunction<String, String, String> malformed, List<String> problems) {
        List<T> contributions = new ArrayList<>();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return contributions;
        }
        Set<String> ids = new HashSet<>();
        IExtensionPoint point = registry.getExtensionPoint(extensionPoint);
        String declaring = point == null ? null : point.getContributor().getName();
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(extensionPoint)));
        elements.sort(Comparator.comparing(e -> !e.getContributor().getName().equals(declaring)));
        for (IConfigurationElement element : elements) {
            if (!elementName.equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            try {
                T contribution = reader.read(element, contributor);
                if (!ids.add(id.apply(contribution))) {
                    problems.add(duplicate.apply(id.apply(contribution), contributor));
                    continue;
                }
                contributions.add(contribution);
            } catch (IllegalArgumentException e) {
                problems.add(malformed.apply(contributor, e.getMessage()));
            }
        }
        return contributions;
    }

    /**
     * @param element   a contribution
     * @param attribute the name of an attribute it must have
     * @param missing   the sentence for a missing attribute, from (the contribution's id, the attribute)
     * @return the attribute's value, without surrounding spaces
     * @throws IllegalArgumentException with that sentence when the attribute is missing or blank
     */
    public static String required(IConfigurationElement element, String attribute, BiFunction<String, String, String> missing) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(missing.apply(element.getAttribute("id"), attribute)); //$NON-NLS-1$
        }
        return value.strip();
    }

    /**
     * @param element   a contribution
     * @param attribute the name of a whole-number attribute, such as {@code order}
     * @param fallback  the number when it is missing or not a whole number
     * @return the number
     */
    public static int number(IConfigurationElement element, String attribute, int fallback) {
        String value = element.getAttribute(attribute);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Creates the object the contribution's {@code class} attribute names.
     *
     * @param element      a contribution
     * @param type         what the object must be
     * @param notAType     the sentence for an object of another type, from its class's name
     * @param cannotCreate the sentence for an object that could not be created, from the reason
     * @return the object
     * @throws IllegalStateException with one of those sentences
     */
    public static <T> T create(IConfigurationElement element, Class<T> type, Function<String, String> notAType,
            Function<String, String> cannotCreate) {
        Object created;
        try {
            created = element.createExecutableExtension("class"); //$NON-NLS-1$
        } catch (CoreException e) {
            throw new IllegalStateException(cannotCreate.apply(e.getMessage()), e);
        }
        if (!type.isInstance(created)) {
            throw new IllegalStateException(notAType.apply(created.getClass().getName()));
        }
        return type.cast(created);
    }
}
