// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.ecore.EClass;
import org.throughline.model.internal.extensions.Contributions;
import org.throughline.model.api.MetamodelClasses;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.Severity;

/**
 * The rules contributed to {@code org.throughline.validation.rules}, read when first needed. A
 * malformed contribution is skipped and remembered as a problem; the others are unaffected.
 */
public final class RuleRegistry {

    /** The sentence for a contribution without an attribute it needs, from (its id, the attribute). */
    private static final BiFunction<String, String, String> MISSING = (id, attribute) -> Messages.bind(Messages.registry_missingAttribute,
            id, attribute);

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.throughline.validation.rules"; //$NON-NLS-1$

    private final List<RegisteredRule> rules;
    private final List<String> problems;

    /**
     * @param rules    the rules
     * @param problems one sentence per skipped contribution
     */
    public RuleRegistry(List<RegisteredRule> rules, List<String> problems) {
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
    }

    /** @return the rules contributed to the extension point, in contribution order */
    public static RuleRegistry fromExtensions() {
        List<String> problems = new ArrayList<>();
        List<RegisteredRule> rules = Contributions.read(EXTENSION_POINT, "rule", RuleRegistry::read, //$NON-NLS-1$
                contribution -> contribution.descriptor().id(),
                (id, contributor) -> Messages.bind(Messages.registry_duplicate, id, contributor),
                (contributor, reason) -> Messages.bind(Messages.registry_malformed, contributor, reason), problems);
        return new RuleRegistry(rules, problems);
    }

    private static RegisteredRule read(IConfigurationElement element, String contributor) {
        String id = Contributions.required(element, "id", MISSING); //$NON-NLS-1$
        String category = Contributions.required(element, "category", MISSING); //$NON-NLS-1$
        Severity severity;
        try {
            severity = Severity.valueOf(Contributions.required(element, "severity", MISSING).toUpperCase(java.util.Locale.ROOT)); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.registry_badSeverity, id, element.getAttribute("severity"))); //$NON-NLS-1$
        }
        String message = Contributions.required(element, "message", MISSING); //$NON-NLS-1$
        String description = Contributions.required(element, "description", MISSING); //$NON-NLS-1$
        Contributions.required(element, "class", MISSING); //$NON-NLS-1$
        List<String> appliesTo = Arrays.stream(Contributions.required(element, "appliesTo", MISSING).split(",")).map(String::trim) //$NON-NLS-1$ //$NON-NLS-2$
                .filter(s -> !s.isEmpty()).toList();
        List<EClass> classes = new ArrayList<>();
        for (String name : appliesTo) {
            classes.add(eClass(name, id));
        }
        RuleDescriptor descriptor = new RuleDescriptor(id, category, severity, message, description,
                element.getAttribute("quickFix"), appliesTo, contributor, element.getAttribute("help")); //$NON-NLS-1$ //$NON-NLS-2$
        return new RegisteredRule(descriptor, classes, () -> Contributions.create(element, Rule.class,
                type -> Messages.bind(Messages.registry_notARule, id, type),
                reason -> Messages.bind(Messages.registry_cannotCreate, id, reason)));
    }

    /** A class name is looked up in our package, or given as nsURI#Name for a metamodel extension. */
    private static EClass eClass(String name, String ruleId) {
        EClass eClass = MetamodelClasses.resolve(name);
        if (eClass == null) {
            throw new IllegalArgumentException(Messages.bind(Messages.registry_unknownClass, ruleId, name));
        }
        return eClass;
    }

    /** @return the rules */
    public List<RegisteredRule> rules() {
        return rules;
    }

    /** @return one sentence per contribution that was skipped */
    public List<String> problems() {
        return problems;
    }
}
