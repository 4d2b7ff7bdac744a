// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.throughline.exchange.internal.Cell;
import org.throughline.exchange.internal.DataTables;
import org.throughline.exchange.internal.Messages;
import org.throughline.exchange.internal.RowSink;
import org.throughline.model.Element;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.model.Observation;

/** Checks every row of a data file against a model and plans the observations to add. */
final class ObservationChecker implements RowSink {

    private static final int PROGRESS_EVERY = 10_000;
    private static final int QUOTE_LENGTH = 40;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT); //$NON-NLS-1$
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT); //$NON-NLS-1$

    private enum Column {
        ID, NAME, DATE, VALUE, SOURCE, NOTE
    }

    /** What a row said before it was accepted. */
    private record Seen(String sheet, int row, double value) {
    }

    private final Model model;
    private final Path file;
    private final ImportResult result = new ImportResult();
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, List<Indicator>> byName = new HashMap<>();
    private final Map<String, List<Indicator>> byLowerName = new HashMap<>();
    private final Map<Indicator, Map<LocalDate, Seen>> planned = new HashMap<>();
    private final Map<Indicator, Map<LocalDate, List<Double>>> existingValues = new HashMap<>();
    private IProgressMonitor monitor;
    private String sheet;
    private Map<Column, Integer> columns;

    ObservationChecker(Model model, Path file) {
        this.model = model;
        this.file = file;
    }

    ImportResult check(IProgressMonitor progress) throws ObservationImportException {
        this.monitor = progress;
        monitor.beginTask(Messages.bind(Messages.import_task, file.getFileName()), IProgressMonitor.UNKNOWN);
        try {
            index();
            DataTables.read(file, this);
            if (columns == null) {
                throw new ObservationImportException(Messages.bind(Messages.import_empty, file));
            }
            return result;
        } finally {
            monitor.done();
        }
    }

    private void index() {
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (!(object instanceof Element element)) {
                all.prune();
                continue;
            }
            if (element.getId() != null) {
                byId.putIfAbsent(element.getId(), element);
            }
            if (element instanceof Indicator indicator && indicator.getName() != null) {
                String name = indicator.getName().strip();
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(indicator);
                byLowerName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(indicator);
            }
        }
    }

    @Override
    public void sheet(String name) {
        sheet = name;
        columns = null;
    }

    @Override
    public void row(int number, List<Cell> cells) throws ObservationImportException {
        if (cells.stream().allMatch(Cell::blank)) {
            return;
        }
        if (columns == null) {
            columns = header(cells);
            return;
        }
        result.row();
        if (result.rows() > ObservationImport.MAX_ROWS) {
            throw new ObservationImportException(Messages.bind(Messages.import_tooManyRows, file,
                    Integer.valueOf(ObservationImport.MAX_ROWS)));
        }
        if (result.rows() % PROGRESS_EVERY == 0) {
            monitor.subTask(Messages.bind(Messages.import_progress, Integer.valueOf(result.rows())));
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        check(number, cells);
    }

    /** Finds the columns by their headings, in any order and spelling of case, spaces and underscores. */
    private Map<Column, Integer> header(List<Cell> cells) throws ObservationImportException {
        Map<Column, Integer> found = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            Column column = column(cells.get(c).text());
            if (column != null && found.putIfAbsent(column, Integer.valueOf(c)) != null) {
                throw new ObservationImportException(Messages.bind(Messages.import_duplicateColumn, where(), cells.get(c).text()));
            }
        }
        List<String> missing = new ArrayList<>();
        if (!found.containsKey(Column.ID) && !found.containsKey(Column.NAME)) {
            missing.add(ObservationImport.COLUMNS.get(0) + Messages.import_or + ObservationImport.COLUMNS.get(1));
        }
        if (!found.containsKey(Column.DATE)) {
            missing.add(ObservationImport.COLUMNS.get(2));
        }
        if (!found.containsKey(Column.VALUE)) {
            missing.add(ObservationImport.COLUMNS.get(3));
        }
        if (!missing.isEmpty()) {
            throw new ObservationImportException(Messages.bind(Messages.import_missingColumns, where(), String.join(", ", missing))); //$NON-NLS-1$
        }
        return found;
    }

    private String where() {
        return sheet == null ? file.toString() : file + " (" + sheet + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Column column(String heading) {
        String key = heading.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return switch (key) {
            case "indicator id", "indicatorid", "id" -> Column.ID; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "indicator name", "indicator", "name" -> Column.NAME; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "date" -> Column.DATE; //$NON-NLS-1$
            case "value" -> Column.VALUE; //$NON-NLS-1$
            case "source" -> Column.SOURCE; //$NON-NLS-1$
            case "note", "notes" -> Column.NOTE; //$NON-NLS-1$ //$NON-NLS-2$
            default -> null;
        };
    }

    private Cell cell(List<Cell> cells, Column column) {
        Integer index = columns.get(column);
        return index == null || index.intValue() >= cells.size() ? Cell.EMPTY : cells.get(index.intValue());
    }

    private void check(int number, List<Cell> cells) {
        List<String> problems = new ArrayList<>();
        for (Column column : Column.values()) {
            Cell cell = cell(cells, column);
            if (cell.formula() != null) {
                problems.add(Messages.bind(Messages.import_formula, heading(column), quote("=" + cell.formula()))); //$NON-NLS-1$
            } else if (cell.error() != null) {
                problems.add(Messages.bind(Messages.import_errorCell, heading(column), cell.error()));
            }
        }
        if (!problems.isEmpty()) {
            reject(number, problems);
            return;
        }
        Indicator indicator = indicator(cell(cells, Column.ID).text().strip(), cell(cells, Column.NAME).text().strip(), problems);
        Cell dateCell = cell(cells, Column.DATE);
        Cell valueCell = cell(cells, Column.VALUE);
        if (indicator != null && (dateCell.blank() || valueCell.blank()) && incomplete(indicator, dateCell, valueCell)) {
            result.duplicate();
            return;
        }
        LocalDate date = date(dateCell, problems);
        Double value = value(valueCell, problems);
        // Problems with the text matter only for a row that adds something: a row identical to
        // an observation already there is skipped whatever its source and note say.
        List<String> textProblems = new ArrayList<>();
        String source = text(cell(cells, Column.SOURCE), Column.SOURCE, textProblems);
        String note = text(cell(cells, Column.NOTE), Column.NOTE, textProblems);
        if (!problems.isEmpty()) {
            problems.addAll(textProblems);
            reject(number, problems);
            return;
        }
        problems.addAll(textProblems);
        double v = value.doubleValue();
        List<Double> there = existing(indicator).get(date);
        if (there != null) {
            if (there.stream().anyMatch(x -> Double.compare(x.doubleValue(), v) == 0)) {
                result.duplicate();
                return;
            }
            problems.add(Messages.bind(Messages.import_conflictsWithModel, new Object[] {label(indicator), number(there.get(0)), date,
                    number(value)}));
            reject(number, problems);
            return;
        }
        Map<LocalDate, Seen> dates = planned.computeIfAbsent(indicator, i -> new HashMap<>());
        Seen earlier = dates.get(date);
        if (earlier != null) {
            if (Double.compare(earlier.value(), v) == 0) {
                result.duplicate();
            } else {
                problems.add(Messages.bind(Messages.import_conflictsWithRow, new Object[] {rowName(earlier.sheet(), earlier.row()),
                        number(Double.valueOf(earlier.value())), label(indicator), date}));
                reject(number, problems);
            }
            return;
        }
        if (!problems.isEmpty()) {
            reject(number, problems);
            return;
        }
        dates.put(date, new Seen(sheet, number, v));
        result.add(indicator, date, v, source, note);
    }

    /**
     * Whether a row without a date or a value repeats an observation of the model that lacks the
     * same, so that an exported sheet of an unfinished model imports back unchanged.
     */
    private static boolean incomplete(Indicator indicator, Cell dateCell, Cell valueCell) {
        List<String> ignored = new ArrayList<>();
        LocalDate date = dateCell.blank() ? null : date(dateCell, ignored);
        Double value = valueCell.blank() ? null : value(valueCell, ignored);
        if (!ignored.isEmpty()) {
            return false;
        }
        for (Observation observation : indicator.getObservations()) {
            boolean sameValue = value == null ? observation.getValue() == null
                    : observation.getValue() != null && Double.compare(observation.getValue().doubleValue(), value.doubleValue()) == 0;
            if (java.util.Objects.equals(observation.getDate(), date) && sameValue) {
                return true;
            }
        }
        return false;
    }

    /** The values the model already has for an indicator, by date; indexed once per indicator, so big files stay linear. */
    private Map<LocalDate, List<Double>> existing(Indicator indicator) {
        return existingValues.computeIfAbsent(indicator, i -> {
            Map<LocalDate, List<Double>> values = new HashMap<>();
            for (Observation observation : i.getObservations()) {
                if (observation.getDate() != null && observation.getValue() != null) {
                    values.computeIfAbsent(observation.getDate(), d -> new ArrayList<>()).add(observation.getValue());
                }
            }
            return values;
        });
    }

    private String rowName(String sheetName, int row) {
        String name = "row " + row; //$NON-NLS-1$
        return sheetName == null || sheetName.equals(sheet) ? name : sheetName + ' ' + name;
    }

    private void reject(int number, List<String> problems) {
        result.reject(new Rejection(sheet, number, String.join("; ", problems))); //$NON-NLS-1$
    }

    private static String heading(Column column) {
        return ObservationImport.COLUMNS.get(column.ordinal());
    }

    private Indicator indicator(String id, String name, List<String> problems) {
        if (!id.isEmpty()) {
            Element element = byId.get(id);
            if (element == null) {
                problems.add(Messages.bind(Messages.import_unknownId, quote(id)));
                return null;
            }
            if (!(element instanceof Indicator indicator)) {
                problems.add(Messages.bind(Messages.import_notAnIndicator, quote(id), withArticle(element.eClass().getName())));
                return null;
            }
            String actual = indicator.getName() == null ? "" : indicator.getName().strip(); //$NON-NLS-1$
            if (!name.isEmpty() && !name.equals(actual)) {
                problems.add(Messages.bind(Messages.import_nameMismatch, new Object[] {quote(id), quote(actual), quote(name)}));
                return null;
            }
            return indicator;
        }
        if (name.isEmpty()) {
            problems.add(Messages.import_noIndicator);
            return null;
        }
        List<Indicator> matches = byName.get(name);
        if (matches == null) {
            matches = byLowerName.get(name.toLowerCase(Locale.ROOT));
        }
        if (matches == null) {
            problems.add(Messages.bind(Messages.import_unknownName, quote(name)));
            return null;
        }
        if (matches.size() > 1) {
            problems.add(Messages.bind(Messages.import_ambiguousName, new Object[] {Integer.valueOf(matches.size()), quote(name),
                    String.join(", ", matches.stream().map(Indicator::getId).toList())})); //$NON-NLS-1$
            return null;
        }
        return matches.get(0);
    }

    private static LocalDate date(Cell cell, List<String> problems) {
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.number() != null) {
            problems.add(Messages.bind(Messages.import_dateIsNumber, cell.text()));
            return null;
        }
        String text = cell.text().strip();
        if (text.isEmpty()) {
            problems.add(Messages.import_noDate);
            return null;
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, DAY_FIRST}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        problems.add(Messages.bind(Messages.import_badDate, quote(text)));
        return null;
    }

    private static Double value(Cell cell, List<String> problems) {
        BigDecimal number = cell.number();
        if (cell.date() != null) {
            problems.add(Messages.bind(Messages.import_valueIsDate, cell.text()));
            return null;
        }
        if (number == null) {
            String text = cell.text().strip();
            if (text.isEmpty()) {
                problems.add(Messages.import_noValue);
                return null;
            }
            if (text.indexOf(',') >= 0 || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?")) { //$NON-NLS-1$
                problems.add(Messages.bind(Messages.import_notANumber, quote(text)));
                return null;
            }
            number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text); //$NON-NLS-1$
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            problems.add(Messages.bind(Messages.import_numberTooLarge, quote(cell.text())));
            return null;
        }
        return Double.valueOf(value);
    }

    private static String text(Cell cell, Column column, List<String> problems) {
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > ObservationImport.MAX_TEXT) {
            problems.add(Messages.bind(Messages.import_textTooLong, new Object[] {heading(column), Integer.valueOf(text.length()),
                    Integer.valueOf(ObservationImport.MAX_TEXT)}));
            return null;
        }
        if (text.startsWith("=")) { //$NON-NLS-1$
            problems.add(Messages.bind(Messages.import_formulaText, heading(column), quote(text)));
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || lone) {
                problems.add(Messages.bind(Messages.import_controlCharacter, heading(column),
                        String.format(Locale.ROOT, "U+%04X", Integer.valueOf(c)))); //$NON-NLS-1$
                return null;
            }
        }
        return text;
    }

    private static String label(Indicator indicator) {
        return quote(indicator.getName() == null ? "" : indicator.getName()) + " (" + indicator.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String number(Double value) {
        BigDecimal decimal = new BigDecimal(value.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }

    /** Quotes text from the data, cut short so that a message stays one readable line. */
    private static String quote(String text) {
        String shown = text.length() > QUOTE_LENGTH ? text.substring(0, QUOTE_LENGTH) + "\u2026" : text; //$NON-NLS-1$
        return "\u201C" + shown.replaceAll("\\p{Cntrl}", "?") + "\u201D"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** "Organisation" becomes "an organisation", "BeneficiaryGroup" "a beneficiary group". */
    private static String withArticle(String className) {
        String words = className.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
