// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.model.Model;
import org.throughline.model.api.AsAt;
import org.throughline.validation.internal.Engine;
import org.throughline.validation.internal.Index;
import org.throughline.validation.internal.RegisteredRule;
import org.throughline.validation.internal.RuleRegistry;
import org.throughline.validation.internal.SeverityPolicy;

/**
 * Validates delivery-chain models with every rule contributed to
 * {@code org.throughline.validation.rules}, with the severities the model and the user's
 * preferences set, and the suppressions recorded in the model.
 *
 * <pre>
 * ValidationResult result = Validator.standard().validate(model);
 * </pre>
 */
public final class Validator {

    /** The preference node of rule severities: key {@code severity.RULE-ID}, value a {@link Severity} name or IGNORE. */
    public static final String PREFERENCES = "org.throughline.validation"; //$NON-NLS-1$

    /** How long one rule may take over a whole model before it is stopped. */
    public static final long DEFAULT_TIME_LIMIT_MILLIS = 10_000;

    private final RuleRegistry registry;
    private final long timeLimitMillis;

    private Validator(RuleRegistry registry, long timeLimitMillis) {
        this.registry = registry;
        this.timeLimitMillis = timeLimitMillis;
    }

    /** @return a validator with the contributed rules and the default time limit */
    public static Validator standard() {
        return new Validator(RuleRegistry.fromExtensions(), DEFAULT_TIME_LIMIT_MILLIS);
    }

    /**
     * @param millis how long one rule may take over a whole model
     * @return a validator like this one with another time limit
     */
    public Validator withTimeLimit(long millis) {
        return new Validator(registry, millis);
    }

    /** @return the catalogue: every rule, in contribution order */
    public List<RuleDescriptor> rules() {
        return registry.rules().stream().map(RegisteredRule::descriptor).toList();
    }

    /** @return one sentence for each rule contribution that was malformed and skipped */
    public List<String> problems() {
        return registry.problems();
    }

    /**
     * @param model a model
     * @return the findings as at the model's as-at date (for models that describe a moment
     *         past) or else today
     */
    public ValidationResult validate(Model model) {
        return validate(model, asAt(model));
    }

    /**
     * @param model a model
     * @return the date the model describes: its as-at date, or today
     */
    public static LocalDate asAt(Model model) {
        return AsAt.of(model);
    }

    /**
     * @param model a model
     * @param today the date to treat as today (overdue actions, stale assessments); the rules see
     *        the model as it was known then (see {@link AsAt#view(Model, LocalDate)})
     * @return the findings
     */
    public ValidationResult validate(Model model, LocalDate today) {
        Model known = AsAt.view(model, today);
        ValidationResult result = session(known, today).validateAll();
        if (known == model) {
            return result;
        }
        // Validated as known on the date (a copy): the findings name the model's own elements.
        java.util.function.Function<EObject, EObject> back = AsAt.backTo(model);
        java.util.function.UnaryOperator<List<Finding>> mapped = findings -> findings.stream()
                .map(f -> new Finding(f.rule(), f.severity(), f.message(), back.apply(f.element()), f.elementId(), f.path(),
                        f.suppressed()))
                .toList();
        return new ValidationResult(mapped.apply(result.findings()), mapped.apply(result.suppressed()), result.failedRules(),
                result.rulesRun());
    }

    /**
     * @param model a model that will be edited
     * @param today the date to treat as today; the rules see the model as known then, as
     *        {@link #validate(Model, LocalDate)} does
     * @return a session that revalidates only what an edit affects (everything, while the model
     *         holds what was not yet known on the date)
     */
    public Session session(Model model, LocalDate today) {
        return new Session(model, today);
    }

    private Engine engine() {
        return new Engine(registry.rules(), new SeverityPolicy(preferences()), timeLimitMillis);
    }

    private Map<String, String> preferences() {
        Map<String, String> severities = new HashMap<>();
        try {
            IPreferencesService service = Platform.getPreferencesService();
            if (service == null) {
                return severities;
            }
            for (RegisteredRule rule : registry.rules()) {
                String value = service.getString(PREFERENCES, "severity." + rule.descriptor().id(), null, null); //$NON-NLS-1$
                if (value != null) {
                    severities.put(rule.descriptor().id(), value);
                }
            }
        } catch (RuntimeException | LinkageError noPreferences) {
            // Headless without an instance area: the model's overrides and the defaults apply.
        }
        return severities;
    }

    /**
     * Validation of one model while it is edited: the first run checks everything; after an
     * edit, {@link #revalidate(Collection)} re-checks only the changed elements, their
     * neighbours, and the model-wide rules.
     */
    public final class Session {
        private final Model model;
        private final LocalDate today;
        private final Map<EObject, List<Finding>> byChecked = new IdentityHashMap<>();
        private List<Finding> modelWide = List.of();
        private Index index;

        private Session(Model model, LocalDate today) {
            this.model = model;
            this.today = today;
        }

        /**
         * @return the findings of a full validation, of the model as known on the session's date
         *         (as {@link Validator#validate(Model, LocalDate)} gives them)
         */
        public ValidationResult validateAll() {
            if (AsAt.holdsLaterThan(model, today)) {
                return asKnown();
            }
            Engine engine = engine();
            try {
                index = new Index(model);
                Engine.Run run = engine.run(index, today, null);
                byChecked.clear();
                byChecked.putAll(run.byCheckedElement());
                modelWide = run.modelWide();
                return run.result();
            } finally {
                engine.dispose();
            }
        }

        /**
         * @param changed elements that were added, changed or removed
         * @return the findings of the whole model, with only what the change affects re-checked
         */
        public ValidationResult revalidate(Collection<? extends EObject> changed) {
            // The model held nothing later at the last run (else there is no index): only the change can have brought some.
            if (index == null || AsAt.holdsLaterThan(model, changed, today)) {
                return validateAll();
            }
            Set<EObject> affected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (EObject element : changed) {
                affected.add(element);
                for (EObject up = element.eContainer(); up != null; up = up.eContainer()) {
                    affected.add(up);
                }
                for (EReference reference : element.eClass().getEAllReferences()) {
                    if (reference.isContainment() || !element.eIsSet(reference)) {
                        continue;
                    }
                    Object value = element.eGet(reference, false);
                    if (value instanceof Collection<?> targets) {
                        targets.forEach(t -> affected.add((EObject) t));
                    } else if (value instanceof EObject target) {
                        affected.add(target);
                    }
                }
            }
            // Values changed: the index's lists still hold; elements added or removed: index again.
            boolean structural = affected.stream().anyMatch(e -> !index.contains(e) || !EcoreUtil.isAncestor(model, e));
            if (structural) {
                index = new Index(model);
            } else {
                index.forgetReferences();
            }
            Engine engine = engine();
            try {
                Engine.Run run = engine.run(index, today, affected);
                byChecked.keySet().removeIf(e -> affected.contains(e) || structural && !EcoreUtil.isAncestor(model, e));
                byChecked.putAll(run.byCheckedElement());
                modelWide = run.modelWide();
                List<Finding> all = new ArrayList<>(modelWide);
                byChecked.values().forEach(all::addAll);
                return Engine.result(run.index(), all, run.result().failedRules(), run.result().rulesRun());
            } finally {
                engine.dispose();
            }
        }

        /**
         * The model holds what was not yet known on the date (later observations, judgements,
         * actions closed later): the rules see it as known then, wholly each time, as the
         * command line's validate does; the next edit starts afresh.
         */
        private ValidationResult asKnown() {
            index = null;
            byChecked.clear();
            modelWide = List.of();
            return validate(model, today);
        }
    }
}
