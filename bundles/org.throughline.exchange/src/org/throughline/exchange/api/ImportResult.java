// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.throughline.exchange.internal.Messages;
import org.throughline.model.Indicator;
import org.throughline.model.Observation;
import org.throughline.model.ThroughlineFactory;
import org.throughline.model.ThroughlinePackage;

/**
 * What importing a file of observations does, or would do: the observations to add, the rows
 * skipped as duplicates, and the rows rejected. Accepted only when no row is rejected.
 */
public final class ImportResult {

    /** The most rejected rows kept for listing; {@link #rejectedCount()} counts them all. */
    public static final int MAX_LISTED = 10_000;

    /** One observation to add. */
    private record Addition(Indicator indicator, java.time.LocalDate date, double value, String source, String note) {
    }

    private final List<Addition> additions = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private int rejectedCount;
    private int duplicates;
    private int rows;
    private boolean applied;

    /**
     * Made by the importer only.
     */
    ImportResult() {
    }

    /** @return whether no row was rejected, so that the observations can be (or were) applied */
    public boolean accepted() {
        return rejectedCount == 0;
    }

    /** @return whether the observations were added to the model and the model saved */
    public boolean applied() {
        return applied;
    }

    /** @return the number of data rows read (blank rows are not counted) */
    public int rows() {
        return rows;
    }

    /** @return the number of new observations (added, or to add when this is a dry run) */
    public int added() {
        return additions.size();
    }

    /** @return the number of rows skipped because the model (or an earlier row) already has them */
    public int duplicates() {
        return duplicates;
    }

    /** @return the number of rejected rows */
    public int rejectedCount() {
        return rejectedCount;
    }

    /** @return the rejected rows in file order, at most {@link #MAX_LISTED} of them */
    public List<Rejection> rejections() {
        return Collections.unmodifiableList(rejections);
    }

    /**
     * Creates the command that adds the new observations: one compound command, so that the
     * workbench undoes the import in one step. Each call creates new observations.
     *
     * @param domain the editing domain of the model
     * @return the command, not yet executed
     * @throws IllegalStateException when a row was rejected or there is nothing to add
     */
    public Command command(EditingDomain domain) {
        if (!accepted() || additions.isEmpty()) {
            throw new IllegalStateException(Messages.import_nothingToApply);
        }
        Map<Indicator, List<Observation>> byIndicator = new LinkedHashMap<>();
        for (Addition addition : additions) {
            Observation observation = ThroughlineFactory.eINSTANCE.createObservation();
            observation.setDate(addition.date());
            observation.setValue(Double.valueOf(addition.value()));
            observation.setSource(addition.source());
            observation.setNote(addition.note());
            byIndicator.computeIfAbsent(addition.indicator(), i -> new ArrayList<>()).add(observation);
        }
        CompoundCommand command = new CompoundCommand(Messages.import_commandLabel);
        byIndicator.forEach((indicator, observations) -> command
                .append(new AddCommand(domain, indicator, ThroughlinePackage.Literals.INDICATOR__OBSERVATIONS, observations)));
        return command;
    }

    /**
     * The plan of this result, as the observations importer of {@link Importers} gives it: the
     * rows read, the rejected rows, a summary and the {@link #command(EditingDomain) command}
     * (none when nothing is new).
     *
     * @return the plan
     * @since 0.1
     */
    public ImportPlan toPlan() {
        String summary = accepted()
                ? new java.text.MessageFormat(Messages.import_summary, java.util.Locale.ROOT).format(new Object[] {
                        Integer.valueOf(rows), Integer.valueOf(added()), Integer.valueOf(duplicates)})
                : Messages.bind(Messages.import_summaryRejected, Integer.valueOf(rejectedCount), Integer.valueOf(rows));
        return new ImportPlan(rows, rejections, rejectedCount, summary, additions.isEmpty() ? null : this::command);
    }

    void markApplied() {
        applied = true;
    }

    void add(Indicator indicator, java.time.LocalDate date, double value, String source, String note) {
        additions.add(new Addition(indicator, date, value, source, note));
    }

    void reject(Rejection rejection) {
        rejectedCount++;
        if (rejections.size() < MAX_LISTED) {
            rejections.add(rejection);
        }
    }

    void duplicate() {
        duplicates++;
    }

    void row() {
        rows++;
    }
}
