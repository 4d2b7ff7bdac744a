// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal.rules;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;
import org.throughline.validation.api.Rule;

/**
 * Creates Throughline's own rules for the extension point: a contribution names
 * {@code BuiltInRules:RULE-ID} as its class, so the catalogue in plugin.xml stays the one place
 * that describes each rule, while the checks live in a few classes by category.
 */
public final class BuiltInRules implements IExecutableExtensionFactory, IExecutableExtension {

    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        StructureRules.register(RULES);
        AccountabilityRules.register(RULES);
        MeasurementRules.register(RULES);
        ChainRules.register(RULES);
        OnTrackRules.register(RULES);
        FlowRules.register(RULES);
        LineOfSightRules.register(RULES);
    }

    private String id;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        id = data instanceof String text ? text.trim() : null;
    }

    @Override
    public Object create() throws CoreException {
        Rule rule = rule(id);
        if (rule == null) {
            throw new CoreException(Status.error("No built-in rule " + id, null)); //$NON-NLS-1$
        }
        return rule;
    }

    /**
     * @param ruleId a rule id
     * @return the built-in rule of that id, or {@code null}
     */
    public static Rule rule(String ruleId) {
        return RULES.get(ruleId);
    }

    /** @return the ids of every built-in rule */
    public static java.util.Set<String> ids() {
        return java.util.Set.copyOf(RULES.keySet());
    }
}
