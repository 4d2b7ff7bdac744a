// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.throughline.exchange.internal.ContributionCalls;
import org.throughline.exchange.internal.ExchangeRegistry;
import org.throughline.exchange.internal.ExchangeRegistry.Registered;
import org.throughline.exchange.internal.Messages;
import org.throughline.model.Model;
import org.throughline.model.api.AtomicFiles;

/**
 * Runs the exporters contributed to {@code org.throughline.exporters}: Throughline's own
 * ({@value Workbooks#EXPORTER_ID}: the XLSX workbook of {@link Workbooks}) and any a plugin adds.
 * An exporter writes a temporary file beside the target, which replaces the target only when the
 * exporter succeeds: an existing file is never half overwritten. A contribution that throws, does
 * not answer within the time limit ({@link #withTimeLimit(Duration)}, 30 s unless told otherwise)
 * or cannot be created gives a {@link ContributionException} that names it; the target is
 * unchanged and the other exporters keep working.
 *
 * <pre>
 * Exporters.standard().export("workbook", model, Path.of("stocktake.xlsx"), monitor);
 * </pre>
 *
 * @since 0.1
 */
public final class Exporters {

    /** How long an exporter is waited for unless told otherwise: 30 seconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    private final ExchangeRegistry<ExporterDescriptor, ModelExporter> registry;
    private final Duration timeLimit;

    private Exporters(ExchangeRegistry<ExporterDescriptor, ModelExporter> registry, Duration timeLimit) {
        this.registry = registry;
        this.timeLimit = timeLimit;
    }

    /** @return the exporters contributed to the extension point, read now, with the default time limit */
    public static Exporters standard() {
        return new Exporters(ExchangeRegistry.exporters(), DEFAULT_TIME_LIMIT);
    }

    /**
     * @param limit how long to wait for an exporter to write; one that takes longer is abandoned
     *              and reported, and the target is unchanged
     * @return these exporters with that time limit
     * @throws IllegalArgumentException when the limit is not positive
     */
    public Exporters withTimeLimit(Duration limit) {
        return new Exporters(registry, ExchangeRegistry.positive(limit));
    }

    /** @return how long an exporter is waited for */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** @return every exporter, in contribution order */
    public List<ExporterDescriptor> descriptors() {
        return registry.descriptors();
    }

    /**
     * @param id an exporter id
     * @return the exporter of that id, or {@code null} when there is none
     */
    public ExporterDescriptor descriptor(String id) {
        Registered<ExporterDescriptor, ModelExporter> exporter = registry.find(id);
        return exporter == null ? null : exporter.descriptor();
    }

    /** @return one sentence for each contribution that was malformed and skipped */
    public List<String> problems() {
        return registry.problems();
    }

    /**
     * Writes a model with an exporter. The exporter writes a temporary file in the target's
     * folder, which replaces the target atomically only when the exporter succeeds.
     *
     * @param id      the exporter id
     * @param model   the model; only read
     * @param target  the file to create or replace
     * @param monitor progress and cancellation, or {@code null}
     * @throws IllegalArgumentException when there is no exporter of that id
     * @throws ContributionException    when the exporter failed or did not answer in time; the
     *                                  target is unchanged
     * @throws IOException              when the file cannot be written (no such folder, a folder
     *                                  of that name, a full disk); the target is unchanged
     */
    public void export(String id, Model model, Path target, IProgressMonitor monitor) throws IOException {
        Registered<ExporterDescriptor, ModelExporter> exporter = registry.find(id);
        if (exporter == null) {
            throw new IllegalArgumentException(Messages.bind(Messages.exporters_unknown, id, registry.ids()));
        }
        String who = Messages.bind(Messages.exporters_who, new Object[] {exporter.descriptor().name(), exporter.descriptor().id(),
                exporter.contributor()});
        String unchanged = Messages.bind(Files.exists(target) ? Messages.exporters_unchanged : Messages.exporters_notWritten, target);
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        AtomicFiles.writeFile(target, temporary -> ContributionCalls.call(() -> {
            exporter.factory().get().write(model, temporary, progress);
            return Boolean.TRUE;
        }, timeLimit, who, unchanged));
    }
}
