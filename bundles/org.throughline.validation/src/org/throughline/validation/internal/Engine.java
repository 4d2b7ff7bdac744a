// SPDX-License-Identifier: EPL-2.0
package org.throughline.validation.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.throughline.model.Model;
import org.throughline.model.Suppression;
import org.throughline.model.api.Isolation;
import org.throughline.validation.api.Finding;
import org.throughline.validation.api.ModelIndex;
import org.throughline.validation.api.Rule;
import org.throughline.validation.api.RuleContext;
import org.throughline.validation.api.RuleDescriptor;
import org.throughline.validation.api.Severity;
import org.throughline.validation.api.ValidationResult;

/**
 * Runs rules over a model. Each rule makes one pass over the elements of its classes on a worker
 * thread; a rule that throws or passes its time limit is stopped, reported as failed, and the
 * other rules still run.
 */
public final class Engine {

    private final List<RegisteredRule> rules;
    private final SeverityPolicy policy;
    private final long timeLimitMillis;

    /**
     * @param rules           the rules to run
     * @param policy          decides each rule's severity (or that it is switched off)
     * @param timeLimitMillis how long one rule may take over a whole model
     */
    public Engine(List<RegisteredRule> rules, SeverityPolicy policy, long timeLimitMillis) {
        this.rules = rules;
        this.policy = policy;
        this.timeLimitMillis = timeLimitMillis;
    }

    /**
     * What one run produced, with the element each finding was found while checking.
     *
     * @param result           the findings
     * @param byCheckedElement the findings of element rules, by the element being checked
     * @param modelWide        the findings of model-wide rules
     * @param index            the index the run built
     */
    public record Run(ValidationResult result, Map<EObject, List<Finding>> byCheckedElement, List<Finding> modelWide, ModelIndex index) {
    }

    /**
     * @param model the model
     * @param today the date treated as today
     * @param only  the elements to check with element rules, or {@code null} for all; model-wide
     *              rules always check the whole model
     * @return the findings, keyed by the element being checked
     */
    public Run run(Model model, LocalDate today, Collection<EObject> only) {
        return run(new Index(model), today, only);
    }

    /**
     * @param index an up-to-date index of the model
     * @param today the date treated as today
     * @param only  the elements to check with element rules, or {@code null} for all
     * @return the findings, keyed by the element being checked
     */
    public Run run(Index index, LocalDate today, Collection<EObject> only) {
        Model model = index.model();
        Suppressions suppressions = new Suppressions(model);
        // In the order elements were checked (elements are equal only to themselves), so that findings
        // the sort leaves tied (one rule, one element, several checked elements) come the same each run.
        Map<EObject, List<Finding>> byChecked = new java.util.LinkedHashMap<>();
        List<Finding> modelWide = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int ran = 0;
        Set<EObject> subset = only == null ? null : java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (only != null) {
            subset.addAll(only);
        }
        for (RegisteredRule registered : rules) {
            RuleDescriptor descriptor = registered.descriptor();
            Severity severity = policy.severityOf(descriptor, model);
            if (severity == null) {
                continue;
            }
            ran++;
            Collection<EObject> targets = targets(registered, index, registered.isModelWide() ? null : subset);
            Context context = new Context(descriptor, severity, index, today, suppressions);
            String failure = runPass(registered, targets, context);
            if (failure != null) {
                failed.add(failure);
                continue;
            }
            if (registered.isModelWide()) {
                modelWide.addAll(context.findings);
            } else {
                context.findingsByChecked.forEach((checked, found) -> byChecked.computeIfAbsent(checked, k -> new ArrayList<>())
                        .addAll(found));
            }
        }
        List<Finding> all = new ArrayList<>(modelWide);
        byChecked.values().forEach(all::addAll);
        return new Run(result(index, all, failed, ran), byChecked, modelWide, index);
    }

    /** Builds a result from findings: suppressed ones apart, the rest most serious first, then in model order. */
    public static ValidationResult result(ModelIndex index, List<Finding> findings, List<String> failed, int ran) {
        Map<EObject, int[]> order = ((Index) index).positions(findings.stream().map(Finding::element).toList());
        // Each finding's place is looked up once, not at every comparison of the sort.
        Comparator<Placed> comparator = Comparator.comparing((Placed p) -> p.finding().severity()).thenComparingInt(Placed::position)
                .thenComparing(p -> p.finding().rule().id());
        List<Placed> placed = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            int[] position = order.get(finding.element());
            placed.add(new Placed(finding, position == null ? Integer.MAX_VALUE : position[0]));
        }
        List<Finding> counted = placed.stream().filter(p -> !p.finding().isSuppressed()).sorted(comparator).map(Placed::finding).toList();
        List<Finding> suppressed = placed.stream().filter(p -> p.finding().isSuppressed()).sorted(comparator).map(Placed::finding)
                .toList();
        return new ValidationResult(counted, suppressed, List.copyOf(failed), ran);
    }

    /** A finding and the place of its element in the model's order. */
    private record Placed(Finding finding, int position) {
    }

    private static Collection<EObject> targets(RegisteredRule rule, Index index, Set<EObject> subset) {
        if (subset != null) {
            // Revalidation: a handful of elements, so test each against the rule's classes.
            List<EObject> chosen = new ArrayList<>();
            for (EObject element : subset) {
                if (rule.classes().stream().anyMatch(type -> type.isSuperTypeOf(element.eClass())) && index.contains(element)) {
                    chosen.add(element);
                }
            }
            return chosen;
        }
        if (rule.classes().size() == 1) {
            return index.all(rule.classes().get(0));
        }
        Set<EObject> union = new LinkedHashSet<>();
        for (EClass type : rule.classes()) {
            union.addAll(index.all(type));
        }
        return union;
    }

    /** @return null when the pass completed, else one sentence saying why the rule failed */
    private String runPass(RegisteredRule registered, Collection<EObject> targets, Context context) {
        String who = Messages.bind(Messages.engine_rule, registered.descriptor().id(), registered.descriptor().contributor());
        return Isolation.run(() -> {
            Rule rule = registered.factory().get();
            for (EObject target : targets) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                context.checking = target;
                rule.check(target, context);
            }
            return Boolean.TRUE;
        }, Duration.ofMillis(timeLimitMillis), who, Messages.engine_othersRan).failure();
    }

    /** Nothing to end: each rule runs on a thread of its own. Kept for callers that end an engine. */
    public void dispose() {
        // Each pass has its own daemon thread, ended with the pass.
    }

    /** The suppressions recorded in a model: rule id, element (null for the whole model), reason. */
    static final class Suppressions {
        private final Map<String, Map<EObject, String>> byRule = new HashMap<>();

        Suppressions(Model model) {
            if (model.getValidationSettings() == null) {
                return;
            }
            for (Suppression suppression : model.getValidationSettings().getSuppressions()) {
                if (suppression.getRuleId() != null) {
                    byRule.computeIfAbsent(suppression.getRuleId(), k -> new IdentityHashMap<>()).put(
                            suppression.getElement() == null ? model : suppression.getElement(),
                            suppression.getReason() == null ? "" : suppression.getReason()); //$NON-NLS-1$
                }
            }
        }

        String reason(String ruleId, EObject element, Model model) {
            Map<EObject, String> rule = byRule.get(ruleId);
            if (rule == null) {
                return null;
            }
            String reason = rule.get(element);
            return reason != null ? reason : rule.get(model);
        }
    }

    private static final class Context implements RuleContext {
        private final RuleDescriptor descriptor;
        private final Severity severity;
        private final Index index;
        private final LocalDate today;
        private final Suppressions suppressions;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<EObject, List<Finding>> findingsByChecked = new java.util.LinkedHashMap<>();
        private EObject checking;

        Context(RuleDescriptor descriptor, Severity severity, Index index, LocalDate today, Suppressions suppressions) {
            this.descriptor = descriptor;
            this.severity = severity;
            this.index = index;
            this.today = today;
            this.suppressions = suppressions;
        }

        @Override
        public void report(EObject element, Object... arguments) {
            Object[] values = new Object[arguments.length + 1];
            values[0] = index.label(element);
            System.arraycopy(arguments, 0, values, 1, arguments.length);
            EAttribute idAttribute = element.eClass().getEIDAttribute();
            Object id = idAttribute == null ? null : element.eGet(idAttribute);
            Finding finding = new Finding(descriptor, severity, NLS.bind(descriptor.message(), values), element,
                    id == null ? null : id.toString(), index.path(element), suppressions.reason(descriptor.id(), element, index.model()));
            findings.add(finding);
            findingsByChecked.computeIfAbsent(checking, k -> new ArrayList<>()).add(finding);
        }

        @Override
        public ModelIndex index() {
            return index;
        }

        @Override
        public LocalDate today() {
            return today;
        }
    }
}
