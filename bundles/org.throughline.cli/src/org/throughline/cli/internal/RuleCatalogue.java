// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.throughline.validation.api.RuleDescriptor;

/**
 * The rule catalogue as a Markdown page, {@code docs/rules.md}: a heading per rule (its anchor is
 * the target of the rule's {@code helpUri} in SARIF logs) with its severity, the classes it checks,
 * its finding, why it matters and how to fix it, grouped by category.
 * {@code throughline validate --list-rules --format markdown > docs/rules.md} regenerates it.
 */
final class RuleCatalogue {

    private static final String RULES_POINT = "org.throughline.validation.rules"; //$NON-NLS-1$

    private RuleCatalogue() {
    }

    static String markdown(List<RuleDescriptor> rules) {
        Map<String, String[]> categories = categories();
        Map<String, List<RuleDescriptor>> byCategory = new LinkedHashMap<>();
        categories.keySet().forEach(id -> byCategory.put(id, new java.util.ArrayList<>()));
        for (RuleDescriptor rule : rules) {
            byCategory.computeIfAbsent(rule.category(), id -> new java.util.ArrayList<>()).add(rule);
        }
        StringBuilder page = new StringBuilder();
        page.append("<!-- SPDX-License-Identifier: EPL-2.0 -->\n"); //$NON-NLS-1$
        page.append("\n# ").append(Messages.catalogue_title).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        page.append(Messages.bind(Messages.catalogue_intro, Integer.valueOf(rules.size()))).append("\n\n"); //$NON-NLS-1$
        page.append(Messages.catalogue_generated).append("\n"); //$NON-NLS-1$
        for (Map.Entry<String, List<RuleDescriptor>> category : byCategory.entrySet()) {
            if (category.getValue().isEmpty()) {
                continue;
            }
            String[] names = categories.getOrDefault(category.getKey(), new String[] { category.getKey(), null });
            page.append("\n## ").append(names[0]).append("\n"); //$NON-NLS-1$ //$NON-NLS-2$
            if (names[1] != null) {
                page.append('\n').append(names[1]).append('\n');
            }
            for (RuleDescriptor rule : category.getValue()) {
                page.append("\n### ").append(rule.id()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
                page.append(Messages.bind(Messages.catalogue_facts, rule.defaultSeverity().name().toLowerCase(Locale.ROOT),
                        String.join(", ", rule.appliesTo()))).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
                page.append(Messages.bind(Messages.catalogue_finding, SarifLog.sentence(SarifLog.summary(rule.message()))))
                        .append("\n\n"); //$NON-NLS-1$
                page.append(Messages.bind(Messages.catalogue_why, SarifLog.sentence(rule.description()))).append("\n\n"); //$NON-NLS-1$
                String help = rule.help() == null || rule.help().isBlank() ? Messages.sarif_noHelp : SarifLog.sentence(rule.help());
                page.append(Messages.bind(Messages.catalogue_fix, help)).append('\n');
            }
        }
        return page.toString();
    }

    /** Category id to its name and description, in the order they were contributed. */
    private static Map<String, String[]> categories() {
        Map<String, String[]> categories = new LinkedHashMap<>();
        if (Platform.getExtensionRegistry() == null) {
            return categories;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(RULES_POINT)) {
            if ("category".equals(element.getName()) && element.getAttribute("id") != null) { //$NON-NLS-1$ //$NON-NLS-2$
                String name = element.getAttribute("name"); //$NON-NLS-1$
                categories.putIfAbsent(element.getAttribute("id"), //$NON-NLS-1$
                        new String[] { name == null ? element.getAttribute("id") : name, element.getAttribute("description") }); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return categories;
    }
}
