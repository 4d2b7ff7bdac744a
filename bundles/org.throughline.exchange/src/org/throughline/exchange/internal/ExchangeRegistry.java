// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.throughline.exchange.api.ExporterDescriptor;
import org.throughline.exchange.api.ImporterDescriptor;
import org.throughline.exchange.api.ModelExporter;
import org.throughline.exchange.api.ModelImporter;
import org.throughline.model.internal.extensions.Contributions;

/**
 * The importers contributed to {@code org.throughline.importers} or the exporters contributed to
 * {@code org.throughline.exporters}, read when first needed. A malformed contribution is skipped
 * and remembered as a problem; the code of a contribution is loaded only when it runs.
 *
 * @param <D> the descriptor type
 * @param <T> the type the contributed class implements
 */
public final class ExchangeRegistry<D, T> {

    /** The sentence for a contribution without an attribute it needs, from (its id, the attribute). */
    private static final BiFunction<String, String, String> MISSING = (id, attribute) -> Messages.bind(Messages.registry_missingAttribute,
            id, attribute);

    /** The importers' extension point. */
    public static final String IMPORTERS = "org.throughline.importers"; //$NON-NLS-1$

    /** The exporters' extension point. */
    public static final String EXPORTERS = "org.throughline.exporters"; //$NON-NLS-1$

    /**
     * A contribution.
     *
     * @param descriptor  what the contribution says about it
     * @param contributor the contributing bundle
     * @param factory     creates it; throws {@link IllegalStateException} when it cannot
     */
    public record Registered<D, T>(D descriptor, String contributor, Supplier<T> factory) {
    }

    private final List<Registered<D, T>> contributions;
    private final List<String> problems;
    private final Function<D, String> idOf;

    /**
     * @param contributions the contributions, in contribution order
     * @param problems      one sentence per skipped contribution
     * @param idOf          the id of a descriptor
     */
    public ExchangeRegistry(List<Registered<D, T>> contributions, List<String> problems, Function<D, String> idOf) {
        this.contributions = List.copyOf(contributions);
        this.problems = List.copyOf(problems);
        this.idOf = idOf;
    }

    /** @return the importers contributed to the extension point */
    public static ExchangeRegistry<ImporterDescriptor, ModelImporter> importers() {
        return read(IMPORTERS, "importer", ImporterDescriptor::id, (element, id) -> new ImporterDescriptor(id, //$NON-NLS-1$
                Contributions.required(element, "name", MISSING), Contributions.required(element, "description", MISSING), //$NON-NLS-1$ //$NON-NLS-2$
                extensions(element)), ModelImporter.class);
    }

    /** @return the exporters contributed to the extension point */
    public static ExchangeRegistry<ExporterDescriptor, ModelExporter> exporters() {
        return read(EXPORTERS, "exporter", ExporterDescriptor::id, (element, id) -> new ExporterDescriptor(id, //$NON-NLS-1$
                Contributions.required(element, "name", MISSING), Contributions.required(element, "description", MISSING), //$NON-NLS-1$ //$NON-NLS-2$
                extension(Contributions.required(element, "extension", MISSING))), //$NON-NLS-1$
                ModelExporter.class);
    }

    /** Reads the descriptor of one element whose id is known. */
    @FunctionalInterface
    private interface DescriptorReader<D> {
        D read(IConfigurationElement element, String id);
    }

    private static <D, T> ExchangeRegistry<D, T> read(String point, String elementName, Function<D, String> idOf,
            DescriptorReader<D> descriptor, Class<T> type) {
        List<String> problems = new ArrayList<>();
        List<Registered<D, T>> contributions = Contributions.read(point, elementName, (element, contributor) -> {
            String id = Contributions.required(element, "id", MISSING); //$NON-NLS-1$
            D read = descriptor.read(element, id);
            Contributions.required(element, "class", MISSING); //$NON-NLS-1$
            return new Registered<>(read, contributor, () -> Contributions.create(element, type,
                    created -> Messages.bind(Messages.registry_wrongClass, new Object[] { id, created, type.getSimpleName() }),
                    reason -> Messages.bind(Messages.registry_cannotCreate, id, reason)));
        }, r -> idOf.apply(r.descriptor()), (id, contributor) -> Messages.bind(Messages.registry_duplicate, id, contributor),
                (contributor, reason) -> Messages.bind(Messages.registry_malformed, contributor, reason), problems);
        return new ExchangeRegistry<>(contributions, problems, idOf);
    }

    private static List<String> extensions(IConfigurationElement element) {
        List<String> extensions = Arrays.stream(Contributions.required(element, "extensions", MISSING).split(",")) //$NON-NLS-1$ //$NON-NLS-2$
                .map(ExchangeRegistry::extension).filter(e -> !e.isEmpty()).distinct().toList();
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException(Messages.bind(Messages.registry_missingAttribute, element.getAttribute("id"), //$NON-NLS-1$
                    "extensions")); //$NON-NLS-1$
        }
        return extensions;
    }

    private static String extension(String text) {
        String extension = text.strip().toLowerCase(Locale.ROOT);
        return extension.startsWith(".") ? extension.substring(1) : extension; //$NON-NLS-1$
    }

    /** @return the descriptors, in contribution order */
    public List<D> descriptors() {
        return contributions.stream().map(Registered::descriptor).toList();
    }

    /** @return the ids, in contribution order, separated by commas (to tell a user which there are) */
    public String ids() {
        return String.join(", ", descriptors().stream().map(idOf).toList()); //$NON-NLS-1$
    }

    /**
     * @param id an id
     * @return the contribution of that id, or {@code null}
     */
    public Registered<D, T> find(String id) {
        return contributions.stream().filter(c -> idOf.apply(c.descriptor()).equals(id)).findFirst().orElse(null);
    }

    /**
     * @param limit a time limit
     * @return the limit
     * @throws IllegalArgumentException when it is not positive
     */
    public static Duration positive(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException(String.valueOf(limit));
        }
        return limit;
    }

    /** @return one sentence per contribution that was skipped */
    public List<String> problems() {
        return problems;
    }
}
