// SPDX-License-Identifier: EPL-2.0
package org.example.inspection.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.example.inspection.Inspection;
import org.example.inspection.InspectionFactory;
import org.example.inspection.InspectionPackage;
import org.example.inspection.InspectionRegime;
import org.example.inspection.Rating;
import org.throughline.exchange.api.ImportException;
import org.throughline.exchange.api.ImportPlan;
import org.throughline.exchange.api.ModelImporter;
import org.throughline.exchange.api.Rejection;
import org.throughline.model.Concept;
import org.throughline.model.Model;
import org.throughline.model.Organisation;
import org.throughline.model.Service;
import org.throughline.model.ThroughlinePackage;

/**
 * Reads a regulator's CSV of inspection ratings (columns {@code inspected}, {@code rating},
 * {@code date} and optionally {@code reference}) into an inspection regime of a model: an
 * inspection of the same organisation or service on the same date is updated, any other is
 * added. Contributed to {@code org.throughline.importers}; {@code import-inspections} uses it too.
 */
public final class InspectionRatingsImporter implements ModelImporter {

    /** The importer's id in {@code org.throughline.importers}. */
    public static final String ID = "org.example.inspection.ratings"; //$NON-NLS-1$

    private static final String INSPECTED = "inspected"; //$NON-NLS-1$
    private static final String RATING = "rating"; //$NON-NLS-1$
    private static final String DATE = "date"; //$NON-NLS-1$
    private static final String REFERENCE = "reference"; //$NON-NLS-1$

    /** One checked row. */
    private record Rated(Concept inspected, Rating rating, LocalDate date, String reference) {
        Key key() {
            return new Key(inspected, date);
        }
    }

    /** What identifies an inspection. */
    private record Key(Concept inspected, LocalDate date) {
    }

    private final String regimeName;

    /** The importer as contributed: ratings go into the regime named "Inspections". */
    public InspectionRatingsImporter() {
        this(Messages.import_defaultRegime);
    }

    /**
     * @param regimeName the inspection regime the ratings go into, created when the model has none of that name
     */
    public InspectionRatingsImporter(String regimeName) {
        this.regimeName = regimeName;
    }

    @Override
    public ImportPlan check(Model model, Path data, IProgressMonitor monitor) throws ImportException {
        List<Rejection> rejections = new ArrayList<>();
        List<Rated> rows = read(data, model, rejections);
        InspectionRegime regime = regime(model);
        Set<Key> known = new HashSet<>();
        if (regime != null) {
            regime.getInspections().forEach(i -> known.add(new Key(i.getInspected(), i.getDate())));
        }
        int added = 0;
        for (Rated row : rows) {
            if (known.add(row.key())) {
                added++;
            }
        }
        String summary = Messages.bind(Messages.import_summary, new Object[] {Integer.valueOf(added),
            Integer.valueOf(rows.size() - added), regimeName});
        return new ImportPlan(rows.size() + rejections.size(), rejections, summary,
                rows.isEmpty() ? null : domain -> command(domain, model, rows));
    }

    /** The change: new inspections added, existing ones given the new rating, one undoable step. */
    private Command command(EditingDomain domain, Model model, List<Rated> rows) {
        CompoundCommand command = new CompoundCommand(Messages.import_commandLabel);
        InspectionRegime regime = regime(model);
        InspectionRegime target = regime;
        if (target == null) {
            target = InspectionFactory.eINSTANCE.createInspectionRegime();
            target.setName(regimeName);
        }
        Map<Key, Inspection> fresh = new LinkedHashMap<>();
        for (Rated row : rows) {
            Inspection existing = regime == null ? null : regime.getInspections().stream()
                    .filter(i -> i.getInspected() == row.inspected() && row.date().equals(i.getDate())).findFirst().orElse(null);
            if (existing != null) {
                command.append(new SetCommand(domain, existing, InspectionPackage.Literals.INSPECTION__RATING, row.rating()));
                if (row.reference() != null) {
                    command.append(new SetCommand(domain, existing, InspectionPackage.Literals.INSPECTION__REPORT_REFERENCE,
                            row.reference()));
                }
                continue;
            }
            Inspection inspection = fresh.computeIfAbsent(row.key(), k -> {
                Inspection created = InspectionFactory.eINSTANCE.createInspection();
                created.setName(row.inspected().getName() + " " + row.date()); //$NON-NLS-1$
                created.setInspected(row.inspected());
                created.setDate(row.date());
                return created;
            });
            inspection.setRating(row.rating());
            if (row.reference() != null) {
                inspection.setReportReference(row.reference());
            }
        }
        if (regime == null) {
            target.getInspections().addAll(fresh.values());
            command.append(new AddCommand(domain, model, ThroughlinePackage.Literals.MODEL__ELEMENTS, target));
        } else if (!fresh.isEmpty()) {
            command.append(new AddCommand(domain, regime, InspectionPackage.Literals.INSPECTION_REGIME__INSPECTIONS, fresh.values()));
        }
        return command;
    }

    private static List<Rated> read(Path csvFile, Model model, List<Rejection> rejections) throws ImportException {
        List<Rated> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : List.of(INSPECTED, RATING, DATE)) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ImportException(Messages.bind(Messages.import_missingColumn, csvFile, column));
                }
            }
            boolean hasReference = parser.getHeaderMap().containsKey(REFERENCE);
            for (CSVRecord record : parser) {
                int line = (int) record.getParser().getCurrentLineNumber();
                try {
                    Concept inspected = inspected(model, record.get(INSPECTED));
                    Rating rating = rating(record.get(RATING));
                    LocalDate date = date(record.get(DATE));
                    String reference = hasReference && !record.get(REFERENCE).isEmpty() ? record.get(REFERENCE) : null;
                    rows.add(new Rated(inspected, rating, date, reference));
                } catch (IllegalArgumentException e) {
                    rejections.add(new Rejection(null, line, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(Messages.bind(Messages.import_cannotRead, csvFile, e.getMessage()), e);
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

    private InspectionRegime regime(Model model) {
        for (Concept concept : model.getElements()) {
            if (concept instanceof InspectionRegime regime && regimeName.equals(regime.getName())) {
                return regime;
            }
        }
        return null;
    }
}
