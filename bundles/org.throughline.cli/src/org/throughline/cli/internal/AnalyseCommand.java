// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
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
import org.throughline.model.Model;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

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
        String format = "text"; //$NON-NLS-1$
        String analysisId = null;
        String elementId = null;
        boolean list = false;
        LocalDate asAt = null;
        boolean further = false;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--format" -> { //$NON-NLS-1$
                    format = value(arguments, ++i, argument);
                    if (!FORMATS.contains(format)) {
                        throw CliException.usage(AnalyseMessages.bind(AnalyseMessages.analyse_badFormat, String.join(", ", FORMATS))); //$NON-NLS-1$
                    }
                }
                case "--analysis" -> analysisId = value(arguments, ++i, argument); //$NON-NLS-1$
                case "--element" -> elementId = value(arguments, ++i, argument); //$NON-NLS-1$
                case "--list" -> list = true; //$NON-NLS-1$
                case AsAtOption.NAME -> asAt = AsAtOption.parse(arguments, ++i);
                case "--further" -> further = true; //$NON-NLS-1$
                default -> {
                    if (argument.startsWith("-")) { //$NON-NLS-1$
                        throw CliException.usage(AnalyseMessages.bind(AnalyseMessages.analyse_unknownOption, argument));
                    }
                    files.add(argument);
                }
            }
        }
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
            // ModelFiles.load says what is wrong with the file.
        }
        try {
            Resource resource = ModelFiles.load(file);
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
                throw CliException.usage(AnalyseMessages.bind(AnalyseMessages.analyse_notAModel, file));
            }
            return model;
        } catch (ModelLoadException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private static String value(List<String> arguments, int index, String option) throws CliException {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) { //$NON-NLS-1$
            throw CliException.usage(AnalyseMessages.bind(AnalyseMessages.analyse_missingValue, option));
        }
        return arguments.get(index);
    }

    @Override
    public String usage() {
        return AnalyseMessages.analyse_usage;
    }
}
