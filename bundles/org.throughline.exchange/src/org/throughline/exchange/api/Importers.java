// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.throughline.exchange.internal.ContributionCalls;
import org.throughline.exchange.internal.ExchangeRegistry;
import org.throughline.exchange.internal.ExchangeRegistry.Registered;
import org.throughline.exchange.internal.Messages;
import org.throughline.exchange.internal.ModelChanges;
import org.throughline.model.Model;

/**
 * Runs the importers contributed to {@code org.throughline.importers}: Throughline's own
 * ({@value ObservationImport#IMPORTER_ID}: indicators' observations from CSV or XLSX) and any a
 * plugin adds. Every import is all or nothing: the importer checks every row first, and when one
 * is rejected nothing changes. A contribution that throws, does not answer within the time limit
 * ({@link #withTimeLimit(Duration)}, 30 s unless told otherwise) or cannot be created gives a
 * {@link ContributionException} that names it; the model and its file are unchanged and the
 * other importers keep working.
 *
 * <pre>
 * Importers importers = Importers.standard();
 * ImportPlan plan = importers.apply("observations", resource, Path.of("q3.xlsx"), monitor);
 * System.out.println(plan.accepted() ? plan.summary() : plan.rejections());
 * </pre>
 *
 * @since 0.1
 */
public final class Importers {

    /** How long an importer is waited for unless told otherwise: 30 seconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    /** A checked plan and, when it changes the model, its command for the model's domain. */
    private record Prepared(ImportPlan plan, Command command) {
    }

    private final ExchangeRegistry<ImporterDescriptor, ModelImporter> registry;
    private final Duration timeLimit;

    private Importers(ExchangeRegistry<ImporterDescriptor, ModelImporter> registry, Duration timeLimit) {
        this.registry = registry;
        this.timeLimit = timeLimit;
    }

    /** @return the importers contributed to the extension point, read now, with the default time limit */
    public static Importers standard() {
        return new Importers(ExchangeRegistry.importers(), DEFAULT_TIME_LIMIT);
    }

    /**
     * @param limit how long to wait for an importer to read and check a file; one that takes
     *              longer is abandoned and reported, and nothing changes
     * @return these importers with that time limit
     * @throws IllegalArgumentException when the limit is not positive
     */
    public Importers withTimeLimit(Duration limit) {
        return new Importers(registry, ExchangeRegistry.positive(limit));
    }

    /** @return how long an importer is waited for */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** @return every importer, in contribution order */
    public List<ImporterDescriptor> descriptors() {
        return registry.descriptors();
    }

    /**
     * @param id an importer id
     * @return the importer of that id, or {@code null} when there is none
     */
    public ImporterDescriptor descriptor(String id) {
        Registered<ImporterDescriptor, ModelImporter> importer = registry.find(id);
        return importer == null ? null : importer.descriptor();
    }

    /** @return one sentence for each contribution that was malformed and skipped */
    public List<String> problems() {
        return registry.problems();
    }

    /**
     * Reads and checks a data file against a model without changing it (a dry run).
     *
     * @param id      the importer id
     * @param model   the model; only read
     * @param data    the data file
     * @param monitor progress and cancellation, or {@code null}
     * @return the plan: rows, rejected rows, summary, change
     * @throws IllegalArgumentException when there is no importer of that id
     * @throws ImportException          when the file cannot be imported at all
     * @throws ContributionException    when the importer failed or did not answer in time
     * @throws IOException              when reading failed otherwise
     */
    public ImportPlan check(String id, Model model, Path data, IProgressMonitor monitor) throws IOException {
        Registered<ImporterDescriptor, ModelImporter> importer = existing(id);
        return ContributionCalls.call(() -> read(importer, model, data, monitor), timeLimit, who(importer), Messages.importers_unchanged);
    }

    /**
     * Checks a data file against the model of a loaded model file and, when no row is rejected and
     * the data changes something, executes the change on the command stack of the model's editing
     * domain (a new one when it has none) and saves the file atomically. When a row is rejected,
     * nothing changes: the model and its file are left exactly as they were.
     *
     * @param id       the importer id
     * @param resource the loaded model file, whose root is a {@link Model}
     * @param data     the data file
     * @param monitor  progress and cancellation, or {@code null}
     * @return the plan; {@link ImportPlan#applied()} says whether the model was changed and saved
     * @throws IllegalArgumentException when there is no importer of that id
     * @throws ImportException          when the file cannot be imported at all, or the model file
     *                                  holds no model
     * @throws ContributionException    when the importer failed or did not answer in time; nothing
     *                                  changed
     * @throws IOException              when the model cannot be saved; the change is then undone
     *                                  and the file on disk is unchanged
     */
    public ImportPlan apply(String id, Resource resource, Path data, IProgressMonitor monitor) throws IOException {
        Registered<ImporterDescriptor, ModelImporter> importer = existing(id);
        Model model = ModelChanges.model(resource);
        EditingDomain domain = ModelChanges.domain(model);
        String who = who(importer);
        Prepared prepared = ContributionCalls.call(() -> {
            ImportPlan plan = read(importer, model, data, monitor);
            return new Prepared(plan, plan.accepted() && plan.changes() ? plan.command(domain) : null);
        }, timeLimit, who, Messages.importers_unchanged);
        if (monitor != null && monitor.isCanceled()) {
            // Cancelled while the rows were checked: nothing is applied, in memory or on disk.
            throw new OperationCanceledException();
        }
        if (prepared.command() != null) {
            try {
                ModelChanges.executeAndSave(resource, domain, prepared.command());
            } catch (RuntimeException e) {
                throw ContributionCalls.failed(who, Messages.importers_unchanged, e);
            }
            prepared.plan().markApplied();
        }
        return prepared.plan();
    }

    private static ImportPlan read(Registered<ImporterDescriptor, ModelImporter> importer, Model model, Path data,
            IProgressMonitor monitor) throws IOException {
        ImportPlan plan = importer.factory().get().check(model, data, monitor == null ? new NullProgressMonitor() : monitor);
        if (plan == null) {
            throw new IllegalStateException(Messages.bind(Messages.importers_noPlan, importer.descriptor().id()));
        }
        return plan;
    }

    private static String who(Registered<ImporterDescriptor, ModelImporter> importer) {
        return Messages.bind(Messages.importers_who, new Object[] {importer.descriptor().name(), importer.descriptor().id(),
                importer.contributor()});
    }

    private Registered<ImporterDescriptor, ModelImporter> existing(String id) {
        Registered<ImporterDescriptor, ModelImporter> importer = registry.find(id);
        if (importer == null) {
            throw new IllegalArgumentException(Messages.bind(Messages.importers_unknown, id, registry.ids()));
        }
        return importer;
    }
}
