// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.Analyses;
import org.throughline.analysis.api.AnalysisDescriptor;
import org.throughline.analysis.api.AnalysisException;
import org.throughline.analysis.api.AnalysisInput;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.Options;
import org.throughline.model.Model;

/**
 * {@code throughline analyse FILE [--analysis ID] [--element ID] [--format text|json|csv]} and
 * {@code throughline analyse --list}: runs the analyses contributed to
 * {@code org.throughline.analyses} on a model and prints their answers. Exit code 0 when every
 * analysis answered, 2 for bad usage or input, 3 when an analysis failed (the others are printed).
 */
public final class AnalyseCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("text", "json", "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** Files larger than this say that they are loading, on standard error. */
    private static final long BIG_FILE = 10L * 1024 * 1024;

    /** Once a run has taken this long, each further analysis says that it is starting, on standard error. */
    private static final long PROGRESS_AFTER_MILLIS = 1000;

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("analyse").choice("--format", FORMATS.toArray(String[]::new)).value("--analysis") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .value("--element").flag("--list").value(AsAtOption.NAME).flag("--further").parse(arguments); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String format = given.value("--format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
        String analysisId = given.value("--analysis"); //$NON-NLS-1$
        String elementId = given.value("--element"); //$NON-NLS-1$
        boolean list = given.has("--list"); //$NON-NLS-1$
        LocalDate asAt = AsAtOption.parse(given.value(AsAtOption.NAME));
        boolean further = given.has("--further"); //$NON-NLS-1$
        List<String> files = given.operands();
        Analyses analyses = Analyses.standard();
        analyses.problems().forEach(p -> context.err().println(Messages.bind(Messages.dispatcher_prefix, p)));
        AnalysisOutput output = new AnalysisOutput(context.out());
        if (list) {
            output.list(analyses.descriptors(), format);
            return ExitCode.OK;
        }
        if (files.isEmpty()) {
            throw CliException.usage(AnalyseMessages.analyse_noFile);
        }
        if (files.size() > 1) {
            throw CliException.usage(AnalyseMessages.bind(AnalyseMessages.analyse_tooManyFiles, String.join(" ", files))); //$NON-NLS-1$
        }
        if (analysisId != null && analyses.descriptor(analysisId) == null) {
            throw CliException.usage(unknownAnalysis(analyses, analysisId));
        }
        if ("csv".equals(format) && analysisId == null) { //$NON-NLS-1$
            throw CliException.usage(AnalyseMessages.analyse_csvNeedsOne);
        }
        Path file = context.resolve(files.get(0));
        Model model = AsAtOption.apply(load(context, file), asAt);
        EObject subject = null;
        if (elementId != null) {
            subject = Analyses.element(model, elementId);
            if (subject == null) {
                throw CliException.usage(AnalyseMessages.bind(AnalyseMessages.analyse_unknownElement, files.get(0), elementId));
            }
        }
        LocalDate today = Analyses.asAt(model);
        AnalysisInput input = new AnalysisInput(model, subject, today,
                further ? java.util.Set.of(AnalysisInput.FURTHER) : java.util.Set.of());
        List<AnalysisRun> runs;
        if (analysisId != null) {
            try {
                runs = List.of(analyses.run(analysisId, input));
            } catch (AnalysisException e) {
                throw CliException.usage(e.getMessage());
            }
        } else {
            long started = System.currentTimeMillis();
            int total = (int) analyses.descriptors().stream().filter(d -> !d.needsSubject() || input.subject() != null).count();
            int[] index = { 0 };
            runs = analyses.runAll(input, descriptor -> {
                index[0]++;
                if (System.currentTimeMillis() - started > PROGRESS_AFTER_MILLIS) {
                    context.err().println(Messages.bind(Messages.dispatcher_prefix, AnalyseMessages.bind(AnalyseMessages.analyse_progress,
                            new Object[] { files.get(0), descriptor.name(), Integer.valueOf(index[0]), Integer.valueOf(total) })));
                }
            });
        }
        switch (format) {
            case "json" -> output.json(files.get(0), today, subject, runs); //$NON-NLS-1$
            case "csv" -> output.csv(runs.get(0)); //$NON-NLS-1$
            default -> output.text(files.get(0), today, runs);
        }
        boolean failed = false;
        for (AnalysisRun run : runs) {
            if (run.failed()) {
                context.err().println(Messages.bind(Messages.dispatcher_prefix, run.failure()));
                failed = true;
            }
        }
        return failed || !analyses.problems().isEmpty() ? ExitCode.INTERNAL : ExitCode.OK;
    }

    private static String unknownAnalysis(Analyses analyses, String id) {
        return AnalyseMessages.bind(AnalyseMessages.analyse_unknownAnalysis, id,
                String.join(", ", analyses.descriptors().stream().map(AnalysisDescriptor::id).toList())); //$NON-NLS-1$
    }

    private static Model load(CliContext context, Path file) throws CliException {
        try {
            if (Files.size(file) > BIG_FILE) {
                context.err().println(Messages.bind(Messages.dispatcher_prefix, AnalyseMessages.bind(AnalyseMessages.analyse_loading,
                        file.getFileName())));
            }
        } catch (IOException e) {
            // Loading says what is wrong with the file.
        }
        return context.loadModel(file.toString());
    }

    @Override
    public String usage() {
        return AnalyseMessages.analyse_usage;
    }
}
