// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.exchange.api.ContributionException;
import org.throughline.exchange.api.Exporters;
import org.throughline.model.Model;
import org.throughline.model.Priority;
import org.throughline.report.api.ReportSummary;
import org.throughline.report.api.ReportTargets;
import org.throughline.report.api.Reports;

/**
 * {@code throughline report FILE --format html|pdf|xlsx --out PATH [--priority ID]}: the HTML
 * report (a folder), the PDF stocktake pack (of every priority, or one) or the XLSX workbook of a
 * model, with progress on standard error. Exit code 0 when written, 2 for bad usage or input,
 * 3 when a report section failed (the rest of the report is written).
 */
public final class ReportCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("html", "pdf", "xlsx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("report").choice("--format", FORMATS.toArray(String[]::new)).value("--out") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .value("--priority").value(AsAtOption.NAME).parse(arguments); //$NON-NLS-1$
        if (given.operands().size() > 1) {
            throw CliException.usage(ReportMessages.bind(ReportMessages.command_tooManyFiles, given.operands().get(1)));
        }
        String file = given.operands().isEmpty() ? null : given.operands().get(0);
        String format = given.value("--format"); //$NON-NLS-1$
        String out = given.value("--out"); //$NON-NLS-1$
        String priorityId = given.value("--priority"); //$NON-NLS-1$
        LocalDate asAt = AsAtOption.parse(given.value(AsAtOption.NAME));
        if (file == null) {
            throw CliException.usage(ReportMessages.command_noFile);
        }
        if (format == null) {
            throw CliException.usage(ReportMessages.command_noFormat);
        }
        if (out == null) {
            throw CliException.usage(ReportMessages.command_noOut);
        }
        if (priorityId != null && !"pdf".equals(format)) { //$NON-NLS-1$
            throw CliException.usage(ReportMessages.command_priorityOnlyPdf);
        }
        Path modelFile = context.resolve(file);
        Path target = context.resolve(out);
        checkTarget(format, target);
        StandardErrorProgress progress = new StandardErrorProgress(context.err(), "report"); //$NON-NLS-1$
        context.err().println(ReportMessages.bind(ReportMessages.command_loading, modelFile.getFileName()));
        Model model = AsAtOption.apply(context.loadModel(modelFile.toString()), asAt);
        Priority priority = priorityId == null ? null : priority(model, priorityId, modelFile);
        long start = System.nanoTime();
        ReportSummary summary;
        try {
            summary = switch (format) {
                case "html" -> Reports.writeHtml(model, target, progress); //$NON-NLS-1$
                case "pdf" -> Reports.writePack(model, priority, target, progress); //$NON-NLS-1$
                default -> {
                    progress.beginTask(ReportMessages.command_workbook, 1);
                    progress.subTask(ReportMessages.command_workbook);
                    // Through the exporter, as File > Export and the export command write it: the same time limit.
                    Exporters.standard().export("workbook", model, target, progress); //$NON-NLS-1$
                    yield new ReportSummary(target, 1, 0, List.of(), List.of());
                }
            };
        } catch (ContributionException e) {
            throw new CliException(ExitCode.INTERNAL, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, ReportMessages.bind(ReportMessages.command_cannotWrite, target, e.getMessage()), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (String note : summary.notes()) {
            context.err().println(ReportMessages.bind(ReportMessages.command_note, note));
        }
        for (String failed : summary.failedSections()) {
            context.err().println(ReportMessages.bind(ReportMessages.command_failedSection, failed));
        }
        String shown = relative(context, summary.entry());
        switch (format) {
            case "html" -> context.out().println(ReportMessages.bind(ReportMessages.command_wroteHtml, new Object[] { shown, //$NON-NLS-1$
                    Integer.valueOf(summary.pages()), Integer.valueOf(summary.diagrams()), Long.valueOf(millis) }));
            case "pdf" -> context.out().println(ReportMessages.bind(ReportMessages.command_wrotePdf, new Object[] { shown, //$NON-NLS-1$
                    Integer.valueOf(summary.pages()), Long.valueOf(millis) }));
            default -> context.out().println(ReportMessages.bind(ReportMessages.command_wroteXlsx, shown, Long.valueOf(millis)));
        }
        return summary.failedSections().isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
    }

    private static String relative(CliContext context, Path path) {
        try {
            return context.workingDirectory().toAbsolutePath().normalize().relativize(path).toString();
        } catch (IllegalArgumentException e) {
            return path.toString();
        }
    }

    /** Refuses targets whose writing would destroy something that is not an earlier report. */
    private static void checkTarget(String format, Path target) throws CliException {
        String problem = ReportTargets.problem(target, "html".equals(format)); //$NON-NLS-1$
        if (problem != null) {
            throw CliException.usage(problem);
        }
    }

    private static Priority priority(Model model, String id, Path file) throws CliException {
        List<Priority> priorities = new java.util.ArrayList<>();
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Priority priority) {
                if (id.equals(priority.getId())) {
                    return priority;
                }
                priorities.add(priority);
            }
        }
        String known = priorities.isEmpty() ? ReportMessages.command_none
                : priorities.stream().limit(10).map(Priority::getId).collect(Collectors.joining(", ")); //$NON-NLS-1$
        throw CliException.usage(ReportMessages.bind(ReportMessages.command_unknownPriority,
                new Object[] { id, file.getFileName(), known }));
    }

    @Override
    public String usage() {
        return ReportMessages.command_usage;
    }
}
