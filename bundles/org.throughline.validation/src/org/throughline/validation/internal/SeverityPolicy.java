// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal;

import java.util.Map;

import org.throughline.model.Model;
import org.throughline.model.SeverityOverride;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.Severity;

/**
 * Decides a rule's severity: the model's own override first (a team's agreement travels with
 * the model), then the user's preferences, then the rule's default. {@code IGNORE} switches a
 * rule off.
 */
public final class SeverityPolicy {

    private final Map<String, String> preferences;

    /** @param preferences rule id to severity name (ERROR, WARNING, INFO, IGNORE) from the user's preferences */
    public SeverityPolicy(Map<String, String> preferences) {
        this.preferences = Map.copyOf(preferences);
    }

    /**
     * @param rule  a rule
     * @param model the model being validated
     * @return the severity, or {@code null} when the rule is switched off
     */
    public Severity severityOf(RuleDescriptor rule, Model model) {
        if (model.getValidationSettings() != null) {
            for (SeverityOverride override : model.getValidationSettings().getSeverityOverrides()) {
                if (rule.id().equals(override.getRuleId()) && override.getSeverity() != null) {
                    return map(override.getSeverity().getName(), rule);
                }
            }
        }
        String preferred = preferences.get(rule.id());
        return preferred == null ? rule.defaultSeverity() : map(preferred, rule);
    }

    private static Severity map(String name, RuleDescriptor rule) {
        if ("IGNORE".equals(name)) { //$NON-NLS-1$
            return null;
        }
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            return rule.defaultSeverity();
        }
    }
}
