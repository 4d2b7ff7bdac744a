// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.api;

import java.util.List;

/**
 * A rule as its contribution describes it: everything the catalogue, the preferences and the
 * reports show, without loading the rule's class.
 *
 * @param id              a stable id such as {@code chain.weak-link-action}
 * @param category        the category id, such as {@code chain}
 * @param defaultSeverity the severity unless a model or the preferences say otherwise
 * @param message         the finding's message; {0} is the element's label
 * @param description     why the rule matters to delivery, in a sentence or two
 * @param quickFix        the id of a quick fix, or {@code null}
 * @param appliesTo       names of the metamodel classes whose elements the rule checks
 * @param contributor     the plugin that contributed it
 * @param help            how to fix a finding, in a sentence or two, or {@code null} when the contribution gives none
 */
public record RuleDescriptor(String id, String category, Severity defaultSeverity, String message, String description,
        String quickFix, List<String> appliesTo, String contributor, String help) {

    /**
     * A rule without help on fixing its findings (the form before 0.2).
     *
     * @param id              a stable id
     * @param category        the category id
     * @param defaultSeverity the default severity
     * @param message         the finding's message
     * @param description     why the rule matters
     * @param quickFix        the id of a quick fix, or {@code null}
     * @param appliesTo       names of the checked metamodel classes
     * @param contributor     the contributing plugin
     */
    public RuleDescriptor(String id, String category, Severity defaultSeverity, String message, String description,
            String quickFix, List<String> appliesTo, String contributor) {
        this(id, category, defaultSeverity, message, description, quickFix, appliesTo, contributor, null);
    }
}
