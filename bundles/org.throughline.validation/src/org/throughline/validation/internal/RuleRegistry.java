// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
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
        String id = required(element, "id"); //$NON-NLS-1$
        String category = required(element, "category"); //$NON-NLS-1$
        Severity severity;
        try {
            severity = Severity.valueOf(required(element, "severity").toUpperCase(java.util.Locale.ROOT)); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.registry_badSeverity, id, element.getAttribute("severity"))); //$NON-NLS-1$
        }
        String message = required(element, "message"); //$NON-NLS-1$
        String description = required(element, "description"); //$NON-NLS-1$
        required(element, "class"); //$NON-NLS-1$
        List<String> appliesTo = Arrays.stream(required(element, "appliesTo").split(",")).map(String::trim) //$NON-NLS-1$ //$NON-NLS-2$
                .filter(s -> !s.isEmpty()).toList();
        List<EClass> classes = new ArrayList<>();
        for (String name : appliesTo) {
            classes.add(eClass(name, id));
        }
        RuleDescriptor descriptor = new RuleDescriptor(id, category, severity, message, description,
                element.getAttribute("quickFix"), appliesTo, contributor, element.getAttribute("help")); //$NON-NLS-1$ //$NON-NLS-2$
        return new RegisteredRule(descriptor, classes, () -> create(element, id));
    }

    /** A class name is looked up in our package, or given as nsURI#Name for a metamodel extension. */
    private static EClass eClass(String name, String ruleId) {
        EClass eClass = MetamodelClasses.resolve(name);
        if (eClass == null) {
            throw new IllegalArgumentException(Messages.bind(Messages.registry_unknownClass, ruleId, name));
        }
        return eClass;
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(Messages.bind(Messages.registry_missingAttribute, element.getAttribute("id"), //$NON-NLS-1$
                    attribute));
        }
        return value;
    }

    private static Rule create(IConfigurationElement element, String id) {
        try {
            Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (created instanceof Rule rule) {
                return rule;
            }
            throw new IllegalStateException(Messages.bind(Messages.registry_notARule, id, created.getClass().getName()));
        } catch (CoreException e) {
            throw new IllegalStateException(Messages.bind(Messages.registry_cannotCreate, id, e.getMessage()), e);
        }
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
