// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.throughline.model.internal.extensions.Contributions;
import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisDescriptor;

/**
 * The analyses contributed to {@code org.throughline.analyses}, read when first needed. A
 * malformed contribution is skipped and remembered as a problem; the others are unaffected. The
 * code of an analysis is loaded only when it runs.
 */
public final class AnalysisRegistry {

    /** The sentence for a contribution without an attribute it needs, from (its id, the attribute). */
    private static final BiFunction<String, String, String> MISSING = (id, attribute) -> Messages.bind(Messages.registry_missingAttribute,
            id, attribute);

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.throughline.analyses"; //$NON-NLS-1$

    /**
     * A contributed analysis.
     *
     * @param descriptor  what the contribution says about it
     * @param contributor the contributing bundle
     * @param factory     creates the analysis; throws {@link IllegalStateException} when it cannot
     */
    public record Registered(AnalysisDescriptor descriptor, String contributor, Supplier<Analysis> factory) {
    }

    private final List<Registered> analyses;
    private final List<String> problems;

    /**
     * @param analyses the analyses, in contribution order
     * @param problems one sentence per skipped contribution
     */
    public AnalysisRegistry(List<Registered> analyses, List<String> problems) {
        this.analyses = List.copyOf(analyses);
        this.problems = List.copyOf(problems);
    }

    /** @return the analyses contributed to the extension point */
    public static AnalysisRegistry fromExtensions() {
        List<String> problems = new ArrayList<>();
        List<Registered> analyses = Contributions.read(EXTENSION_POINT, "analysis", AnalysisRegistry::read, //$NON-NLS-1$
                contribution -> contribution.descriptor().id(),
                (id, contributor) -> Messages.bind(Messages.registry_duplicate, id, contributor),
                (contributor, reason) -> Messages.bind(Messages.registry_malformed, contributor, reason), problems);
        return new AnalysisRegistry(analyses, problems);
    }

    private static Registered read(IConfigurationElement element, String contributor) {
        String id = Contributions.required(element, "id", MISSING); //$NON-NLS-1$
        String name = Contributions.required(element, "name", MISSING); //$NON-NLS-1$
        String question = Contributions.required(element, "question", MISSING); //$NON-NLS-1$
        Contributions.required(element, "class", MISSING); //$NON-NLS-1$
        boolean needsSubject = Boolean.parseBoolean(element.getAttribute("needsSubject")); //$NON-NLS-1$
        AnalysisDescriptor descriptor = new AnalysisDescriptor(id, name, question, needsSubject);
        return new Registered(descriptor, contributor, () -> Contributions.create(element, Analysis.class,
                type -> Messages.bind(Messages.registry_notAnAnalysis, id, type),
                reason -> Messages.bind(Messages.registry_cannotCreate, id, reason)));
    }

    /** @return the analyses, in contribution order */
    public List<Registered> analyses() {
        return analyses;
    }

    /** @return one sentence per contribution that was skipped */
    public List<String> problems() {
        return problems;
    }
}
