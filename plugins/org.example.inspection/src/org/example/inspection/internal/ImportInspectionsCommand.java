// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.resource.Resource;
import org.example.inspection.Inspection;
import org.example.inspection.InspectionFactory;
import org.example.inspection.InspectionRegime;
import org.example.inspection.Rating;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.model.Concept;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Service;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;

/**
 * {@code throughline import-inspections MODEL CSV [--regime NAME]}: records inspection ratings
 * published by a regulator in a model. All rows are checked before anything is changed: one wrong
 * row and the model file is left as it was.
 */
public final class ImportInspectionsCommand implements CliCommand {

    private static final String INSPECTED = "inspected"; //$NON-NLS-1$
    private static final String RATING = "rating"; //$NON-NLS-1$
    private static final String DATE = "date"; //$NON-NLS-1$
    private static final String REFERENCE = "reference"; //$NON-NLS-1$

    /** One checked row. */
    private record Rated(Concept inspected, Rating rating, LocalDate date, String reference) {
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        List<String> files = new ArrayList<>();
        String regimeName = Messages.import_defaultRegime;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ("--regime".equals(argument) && i + 1 < arguments.size()) { //$NON-NLS-1$
                regimeName = arguments.get(++i);
            } else if (argument.startsWith("-")) { //$NON-NLS-1$
                throw CliException.usage(Messages.bind(Messages.import_unknownOption, argument));
            } else {
                files.add(argument);
            }
        }
        if (files.size() != 2) {
            throw CliException.usage(Messages.import_arguments);
        }
        Path modelFile = context.resolve(files.get(0));
        Path csvFile = context.resolve(files.get(1));
        Resource resource;
        try {
            resource = ModelFiles.load(modelFile);
        } catch (ModelLoadException e) {
            throw CliException.usage(e.getMessage());
        }
        Model model = (Model) resource.getContents().get(0);
        List<String> problems = new ArrayList<>();
        List<Rated> rows = read(csvFile, model, problems);
        if (!problems.isEmpty()) {
            problems.forEach(context.err()::println);
            throw CliException.usage(Messages.bind(Messages.import_rejected, new Object[] {Integer.valueOf(problems.size()),
                    Integer.valueOf(rows.size() + problems.size()), modelFile}));
        }
        InspectionRegime regime = regime(model, regimeName);
        int added = 0;
        int updated = 0;
        for (Rated row : rows) {
            Inspection inspection = regime.getInspections().stream()
                    .filter(i -> i.getInspected() == row.inspected() && row.date().equals(i.getDate())).findFirst().orElse(null);
            if (inspection == null) {
                inspection = InspectionFactory.eINSTANCE.createInspection();
                inspection.setName(row.inspected().getName() + " " + row.date()); //$NON-NLS-1$
                inspection.setInspected(row.inspected());
                inspection.setDate(row.date());
                regime.getInspections().add(inspection);
                added++;
            } else {
                updated++;
            }
            inspection.setRating(row.rating());
            if (row.reference() != null) {
                inspection.setReportReference(row.reference());
            }
        }
        try {
            ModelFiles.save(resource);
        } catch (IOException e) {
            throw CliException.usage(Messages.bind(Messages.import_cannotSave, modelFile, e.getMessage()));
        }
        context.out().println(Messages.bind(Messages.import_done, new Object[] {files.get(0), Integer.valueOf(added),
                Integer.valueOf(updated), regime.getName()}));
        return ExitCode.OK;
    }

    private static List<Rated> read(Path csvFile, Model model, List<String> problems) throws CliException {
        List<Rated> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : List.of(INSPECTED, RATING, DATE)) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw CliException.usage(Messages.bind(Messages.import_missingColumn, csvFile, column));
                }
            }
            boolean hasReference = parser.getHeaderMap().containsKey(REFERENCE);
            for (CSVRecord record : parser) {
                String where = Long.toString(record.getParser().getCurrentLineNumber());
                try {
                    Concept inspected = inspected(model, record.get(INSPECTED));
                    Rating rating = rating(record.get(RATING));
                    LocalDate date = date(record.get(DATE));
                    String reference = hasReference && !record.get(REFERENCE).isEmpty() ? record.get(REFERENCE) : null;
                    rows.add(new Rated(inspected, rating, date, reference));
                } catch (IllegalArgumentException e) {
                    problems.add(Messages.bind(Messages.import_badRow, new Object[] {csvFile.getFileName(), where, e.getMessage()}));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw CliException.usage(Messages.bind(Messages.import_cannotRead, csvFile, e.getMessage()));
        }
        return rows;
    }

    private static Concept inspected(Model model, String nameOrId) {
        List<Concept> matches = new ArrayList<>();
        model.eAllContents().forEachRemaining(e -> {
            if ((e instanceof Organisation || e instanceof Service) && e instanceof Concept c
                    && (nameOrId.equals(c.getName()) || nameOrId.equals(c.getId()))) {
                matches.add(c);
            }
        });
        if (matches.isEmpty()) {
            throw new IllegalArgumentException(Messages.bind(Messages.import_unknownInspected, nameOrId));
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException(Messages.bind(Messages.import_ambiguousInspected, Integer.valueOf(matches.size()),
                    nameOrId));
        }
        return matches.get(0);
    }

    private static Rating rating(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        Rating rating = Rating.get(key);
        if (rating == null) {
            throw new IllegalArgumentException(Messages.bind(Messages.import_badRating, text));
        }
        return rating;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.import_badDate, text), e);
        }
    }

    private static InspectionRegime regime(Model model, String name) {
        for (org.throughline.model.Concept concept : model.getElements()) {
            if (concept instanceof InspectionRegime regime && name.equals(regime.getName())) {
                return regime;
            }
        }
        InspectionRegime regime = InspectionFactory.eINSTANCE.createInspectionRegime();
        regime.setName(name);
        model.getElements().add(regime);
        return regime;
    }

    @Override
    public String usage() {
        return Messages.import_usage;
    }
}
