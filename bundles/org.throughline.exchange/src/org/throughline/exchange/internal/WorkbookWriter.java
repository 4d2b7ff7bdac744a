// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.exchange.api.ObservationImport;
import org.throughline.exchange.api.Workbooks;
import org.throughline.model.Element;
import org.throughline.model.Indicator;
import org.throughline.model.Model;
import org.throughline.model.Observation;
import org.throughline.model.Property;
import org.throughline.model.ThroughlinePackage;

/**
 * Streams a model into an XLSX workbook with fastexcel: every sheet is written row by row and
 * flushed as it goes, so memory holds the model and the shared strings, not the sheets.
 */
public final class WorkbookWriter {

    private static final int FLUSH_EVERY = 500;
    private static final String SEPARATOR = "; "; //$NON-NLS-1$
    private static final String DATE_FORMAT = "yyyy-mm-dd"; //$NON-NLS-1$
    private static final String TEXT_FORMAT = "@"; //$NON-NLS-1$
    /** ARGB, as OOXML colours are: opaque, light blue. */
    private static final String HEADER_FILL = "FFD9E2F3"; //$NON-NLS-1$
    private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$
    private static final int MAX_SHEET_NAME = 31;

    private static final double WIDTH_ID = 22;
    private static final double WIDTH_NAME = 36;
    private static final double WIDTH_TEXT = 48;
    private static final double WIDTH_OTHER = 16;
    private static final double ABOUT_WIDTH = 80;
    private static final double ABOUT_LINE = 110;
    private static final double LINE_HEIGHT = 15;

    private final Model model;
    private final Set<String> sheetNames = new HashSet<>();
    /** Each sheet's used range, in the order the sheets were written. */
    private final List<String> dimensions = new ArrayList<>();
    /** Where the indicator sheet lists the ids, offered as a choice in the observations' id column. */
    private String indicatorIds;

    /** The elements of one type, with the keys of their user properties. */
    private static final class ElementGroup {
        final EClass type;
        final List<Element> elements = new ArrayList<>();
        final Set<String> propertyKeys = new LinkedHashSet<>();
        boolean nested;

        ElementGroup(EClass type) {
            this.type = type;
        }
    }

    /** The parts of one type that have no identity, each with the element it belongs to. */
    private static final class PartGroup {
        final EClass type;
        final List<EObject> parts = new ArrayList<>();

        PartGroup(EClass type) {
            this.type = type;
        }
    }

    /** One column of an element or part sheet: its heading and how to read the cell from an object. */
    private record Column(String heading, double width, java.util.function.Function<EObject, Object> value) {
    }

    /**
     * @param model the model to write, read only
     */
    public WorkbookWriter(Model model) {
        this.model = model;
    }

    /**
     * Writes the whole workbook.
     *
     * @param out where the XLSX bytes go; not closed
     * @throws IOException when writing fails
     */
    public void write(OutputStream out) throws IOException {
        Path raw = Files.createTempFile("throughline-workbook", ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream file = Files.newOutputStream(raw)) {
                writeSheets(file);
            }
            WorkbookFinisher.finish(raw, out, dimensions);
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private void writeSheets(OutputStream out) throws IOException {
        Map<EClass, ElementGroup> elements = new LinkedHashMap<>();
        Map<EClass, PartGroup> parts = new LinkedHashMap<>();
        List<Indicator> indicators = new ArrayList<>();
        int observationCount = collect(elements, parts, indicators, model);
        List<ElementGroup> elementGroups = new ArrayList<>(elements.values());
        elementGroups.sort(Comparator.comparing((ElementGroup g) -> order(g.type)));
        List<PartGroup> partGroups = new ArrayList<>(parts.values());
        partGroups.sort(Comparator.comparing((PartGroup g) -> order(g.type)));

        Workbook workbook = new Workbook(out, "Throughline", "0.1"); //$NON-NLS-1$ //$NON-NLS-2$
        workbook.properties().setTitle(cut(label(model))).setSubject(Messages.about_subject);
        reserve(Workbooks.ABOUT_SHEET);
        reserve(Workbooks.OBSERVATIONS_SHEET);
        List<String[]> contents = new ArrayList<>();
        contents.add(new String[] {Workbooks.OBSERVATIONS_SHEET, Messages.about_observationsSheet, Integer.toString(observationCount)});
        Map<ElementGroup, String> elementSheets = new LinkedHashMap<>();
        for (ElementGroup group : elementGroups) {
            String sheet = uniqueSheetName(group.type.getName());
            elementSheets.put(group, sheet);
            contents.add(new String[] {sheet, Messages.bind(Messages.about_elementSheet, group.type.getName()),
                    Integer.toString(group.elements.size())});
        }
        Map<PartGroup, String> partSheets = new LinkedHashMap<>();
        for (PartGroup group : partGroups) {
            String sheet = uniqueSheetName(group.type.getName());
            partSheets.put(group, sheet);
            contents.add(new String[] {sheet, Messages.bind(Messages.about_partSheet, group.type.getName()),
                    Integer.toString(group.parts.size())});
        }
        about(workbook, contents);
        elementSheets.entrySet().stream().filter(e -> e.getKey().type == ThroughlinePackage.Literals.INDICATOR).findFirst()
                .ifPresent(e -> indicatorIds = "'" + e.getValue() + "'!$A$2:$A$" + (e.getKey().elements.size() + 1)); //$NON-NLS-1$ //$NON-NLS-2$
        observations(workbook, indicators);
        for (Map.Entry<ElementGroup, String> entry : elementSheets.entrySet()) {
            ElementGroup group = entry.getKey();
            table(workbook, entry.getValue(), elementColumns(group), group.elements, 2);
        }
        for (Map.Entry<PartGroup, String> entry : partSheets.entrySet()) {
            PartGroup group = entry.getKey();
            table(workbook, entry.getValue(), partColumns(group.type), group.parts, 0);
        }
        workbook.finish();
    }

    /** Sorts the model's contents into element groups, part groups and the indicators; returns the number of observations. */
    private static int collect(Map<EClass, ElementGroup> elements, Map<EClass, PartGroup> parts, List<Indicator> indicators,
            Model model) {
        int observations = 0;
        for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (object instanceof Element element) {
                ElementGroup group = elements.computeIfAbsent(object.eClass(), ElementGroup::new);
                group.elements.add(element);
                for (Property property : element.getProperties()) {
                    if (property.getKey() != null) {
                        group.propertyKeys.add(property.getKey());
                    }
                }
                if (element.eContainer() != model) {
                    group.nested = true;
                }
                if (element instanceof Indicator indicator) {
                    indicators.add(indicator);
                    observations += indicator.getObservations().size();
                }
                continue;
            }
            EStructuralFeature feature = object.eContainingFeature();
            if (feature != null && feature.isMany() && object.eContainer() instanceof Element && !(object instanceof Observation)
                    && !(object instanceof Property)) {
                parts.computeIfAbsent(object.eClass(), PartGroup::new).parts.add(object);
            }
            // Parts without identity are written with their owner (or on their own sheet); what they contain is not.
            all.prune();
        }
        return observations;
    }

    /** Types of our metamodel in its order, then those of extensions by package and name. */
    private static String order(EClass type) {
        EPackage ePackage = type.getEPackage();
        if (ePackage == ThroughlinePackage.eINSTANCE) {
            return String.format(Locale.ROOT, "0 %05d", Integer.valueOf(ePackage.getEClassifiers().indexOf(type))); //$NON-NLS-1$
        }
        return "1 " + ePackage.getNsURI() + ' ' + type.getName(); //$NON-NLS-1$
    }

    private void reserve(String name) {
        sheetNames.add(name.toLowerCase(Locale.ROOT));
    }

    /** A sheet name the spreadsheet accepts (at most 31 characters, none of {@code []:*?/\}) and no other sheet has. */
    private String uniqueSheetName(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\']", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        if (base.isBlank()) {
            base = "Sheet"; //$NON-NLS-1$
        }
        base = base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base;
        String name = base;
        for (int i = 2; sheetNames.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        reserve(name);
        return name;
    }

    private void about(Workbook workbook, List<String[]> contents) throws IOException {
        Worksheet sheet = workbook.newWorksheet(Workbooks.ABOUT_SHEET);
        sheet.width(0, 24);
        sheet.width(1, ABOUT_WIDTH);
        sheet.width(2, 12);
        printable(sheet);
        int row = 0;
        text(sheet, row, 0, Messages.about_title);
        sheet.style(row, 0).bold().fontSize(14).set();
        row += 2;
        row = pair(sheet, row, Messages.about_model, model.getName());
        row = pair(sheet, row, Messages.about_id, model.getId());
        row = pair(sheet, row, Messages.about_version, model.getVersion());
        row = pair(sheet, row, Messages.about_description, model.getDescription());
        for (Property property : model.getProperties()) {
            row = pair(sheet, row, property.getKey(), property.getValue());
        }
        row = pair(sheet, row, Messages.about_written,
                LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " UTC"); //$NON-NLS-1$
        row++;
        text(sheet, row, 0, Messages.about_howTo);
        sheet.style(row, 0).bold().set();
        row++;
        for (String line : Messages.bind(Messages.about_howToText, Workbooks.OBSERVATIONS_SHEET,
                String.join(", ", ObservationImport.COLUMNS)).split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
            text(sheet, row++, 0, line);
        }
        row++;
        header(sheet, row++, List.of(Messages.about_sheet, Messages.about_holds, Messages.about_rows));
        for (String[] line : contents) {
            text(sheet, row, 0, line[0]);
            text(sheet, row, 1, line[1]);
            sheet.value(row, 2, Integer.valueOf(line[2]));
            row++;
        }
        dimensions.add(WorkbookFinisher.range(row, 3));
        sheet.finish();
    }

    private static int pair(Worksheet sheet, int row, String label, String value) {
        if (value == null || value.isEmpty()) {
            return row;
        }
        text(sheet, row, 0, label);
        sheet.style(row, 0).bold().verticalAlignment("top").set(); //$NON-NLS-1$
        text(sheet, row, 1, value);
        sheet.style(row, 1).wrapText(true).verticalAlignment("top").set(); //$NON-NLS-1$
        // Spreadsheets do not grow a row for wrapped text on opening: give it the lines it needs.
        int lines = (int) Math.min(Math.ceil(cut(value).length() / ABOUT_LINE), Worksheet.MAX_ROW_HEIGHT / LINE_HEIGHT);
        if (lines > 1) {
            sheet.rowHeight(row, lines * LINE_HEIGHT);
        }
        return row + 1;
    }

    private void observations(Workbook workbook, List<Indicator> indicators) throws IOException {
        List<Column> columns = List.of(
                new Column(ObservationImport.COLUMNS.get(0), WIDTH_ID, o -> ((Indicator) o.eContainer()).getId()),
                new Column(ObservationImport.COLUMNS.get(1), WIDTH_NAME, o -> ((Indicator) o.eContainer()).getName()),
                new Column(ObservationImport.COLUMNS.get(2), 12, o -> ((Observation) o).getDate()),
                new Column(ObservationImport.COLUMNS.get(3), 12, o -> ((Observation) o).getValue()),
                new Column(ObservationImport.COLUMNS.get(4), WIDTH_TEXT, o -> ((Observation) o).getSource()),
                new Column(ObservationImport.COLUMNS.get(5), WIDTH_TEXT, o -> ((Observation) o).getNote()));
        List<EObject> rows = new ArrayList<>();
        Comparator<Observation> byDate = Comparator.comparing(Observation::getDate, Comparator.nullsLast(Comparator.naturalOrder()));
        for (Indicator indicator : indicators) {
            List<Observation> sorted = new ArrayList<>(indicator.getObservations());
            sorted.sort(byDate);
            rows.addAll(sorted);
        }
        table(workbook, Workbooks.OBSERVATIONS_SHEET, columns, rows, 0);
    }

    /**
     * Writes one table: a header row, then a row per object, starting a continuation sheet
     * ({@code NAME (2)}) when a sheet is full.
     */
    private void table(Workbook workbook, String name, List<Column> columns, Collection<? extends EObject> objects, int frozenColumns)
            throws IOException {
        Worksheet sheet = startSheet(workbook, name, columns, frozenColumns);
        int row = 1;
        int continuation = 1;
        for (EObject object : objects) {
            if (row == Worksheet.MAX_ROWS) {
                finishSheet(sheet, row, columns.size());
                continuation++;
                sheet = startSheet(workbook, uniqueSheetName(name + " (" + continuation + ")"), columns, frozenColumns); //$NON-NLS-1$ //$NON-NLS-2$
                row = 1;
            }
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, row, c, columns.get(c).value().apply(object));
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        finishSheet(sheet, row, columns.size());
    }

    private Worksheet startSheet(Workbook workbook, String name, List<Column> columns, int frozenColumns) {
        Worksheet sheet = workbook.newWorksheet(name);
        header(sheet, 0, columns.stream().map(Column::heading).toList());
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
        }
        sheet.freezePane(frozenColumns, 1);
        sheet.repeatRows(0);
        printable(sheet);
        if (Workbooks.OBSERVATIONS_SHEET.equals(name) && indicatorIds != null) {
            // A choice of the indicators' ids in the id column; a warning, not a refusal, for anything else.
            sheet.range(1, 0, Worksheet.MAX_ROWS - 1, 0).validateWithListByFormula(indicatorIds).allowBlank(true).showDropdown(true)
                    .errorStyle(DataValidationErrorStyle.WARNING).showErrorMessage(true).errorTitle(Messages.validation_title)
                    .error(Messages.validation_unknownIndicator);
        }
        return sheet;
    }

    /** Prints across the page, as wide as the sheet, so that a printed sheet keeps its columns together. */
    private static void printable(Worksheet sheet) {
        sheet.pageOrientation("landscape"); //$NON-NLS-1$
        sheet.setFitToPage(Boolean.TRUE);
        sheet.fitToWidth(Short.valueOf((short) 1));
        sheet.fitToHeight(Short.valueOf((short) 0));
    }

    private void finishSheet(Worksheet sheet, int rows, int columns) throws IOException {
        dimensions.add(WorkbookFinisher.range(rows, columns));
        if (columns > 0) {
            sheet.setAutoFilter(0, 0, Math.max(rows - 1, 1), columns - 1);
        }
        sheet.finish();
    }

    private static void header(Worksheet sheet, int row, List<String> headings) {
        for (int c = 0; c < headings.size(); c++) {
            text(sheet, row, c, headings.get(c));
        }
        if (!headings.isEmpty()) {
            sheet.range(row, 0, row, headings.size() - 1).style().bold().fillColor(HEADER_FILL).set();
        }
    }

    /** The columns of an element sheet. */
    private List<Column> elementColumns(ElementGroup group) {
        List<Column> columns = new ArrayList<>(attributeColumns(group.type, ""));
        if (group.nested) {
            columns.add(new Column(Messages.column_containerId, WIDTH_ID, o -> id(o.eContainer())));
            columns.add(new Column(Messages.column_containerName, WIDTH_NAME, o -> name(o.eContainer())));
        }
        for (EReference reference : group.type.getEAllReferences()) {
            if (reference.isContainer() || reference.isDerived() || reference.isTransient()
                    || reference == ThroughlinePackage.Literals.ELEMENT__PROPERTIES) {
                continue;
            }
            EClass target = reference.getEReferenceType();
            if (!reference.isContainment()) {
                columns.addAll(referenceColumns(reference));
            } else if (!reference.isMany() && !ThroughlinePackage.Literals.ELEMENT.isSuperTypeOf(target)) {
                // A part such as the baseline: its attributes flattened into the owner's row.
                for (Column column : attributeColumns(target, reference.getName() + ' ')) {
                    columns.add(new Column(column.heading(), column.width(), o -> {
                        Object part = o.eGet(reference);
                        return part == null ? null : column.value().apply((EObject) part);
                    }));
                }
            }
        }
        for (String key : group.propertyKeys) {
            columns.add(new Column(Messages.bind(Messages.column_property, key), WIDTH_OTHER, o -> property((Element) o, key)));
        }
        return columns;
    }

    /** The columns of a sheet of parts: the element each belongs to, then the part's own features. */
    private List<Column> partColumns(EClass type) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Messages.column_ownerType, WIDTH_OTHER, o -> o.eContainer().eClass().getName()));
        columns.add(new Column(Messages.column_ownerId, WIDTH_ID, o -> id(o.eContainer())));
        columns.add(new Column(Messages.column_ownerName, WIDTH_NAME, o -> name(o.eContainer())));
        columns.addAll(attributeColumns(type, "")); //$NON-NLS-1$
        for (EReference reference : type.getEAllReferences()) {
            if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived() && !reference.isTransient()) {
                columns.addAll(referenceColumns(reference));
            }
        }
        return columns;
    }

    private static List<Column> attributeColumns(EClass type, String prefix) {
        List<Column> columns = new ArrayList<>();
        for (EAttribute attribute : type.getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isTransient()) {
                continue;
            }
            String name = attribute.getName();
            double width = "name".equals(name) ? WIDTH_NAME //$NON-NLS-1$
                    : "id".equals(name) ? WIDTH_ID //$NON-NLS-1$
                            : String.class.equals(attribute.getEAttributeType().getInstanceClass()) ? WIDTH_TEXT : WIDTH_OTHER;
            columns.add(new Column(prefix + name, width, o -> {
                Object value = o.eGet(attribute);
                if (attribute.isMany()) {
                    return ((Collection<?>) value).stream().map(WorkbookWriter::plain).collect(Collectors.joining(SEPARATOR));
                }
                return value;
            }));
        }
        return columns;
    }

    private static List<Column> referenceColumns(EReference reference) {
        String name = reference.getName();
        if (reference.isMany()) {
            return List.of(
                    new Column(Messages.bind(Messages.column_referenceIds, name), WIDTH_ID,
                            o -> joined(o, reference, WorkbookWriter::id)),
                    new Column(Messages.bind(Messages.column_referenceNames, name), WIDTH_NAME,
                            o -> joined(o, reference, WorkbookWriter::name)));
        }
        return List.of(new Column(Messages.bind(Messages.column_referenceId, name), WIDTH_ID, o -> id((EObject) o.eGet(reference))),
                new Column(Messages.bind(Messages.column_referenceName, name), WIDTH_NAME, o -> name((EObject) o.eGet(reference))));
    }

    private static String joined(EObject owner, EReference reference, java.util.function.Function<EObject, String> text) {
        return ((Collection<?>) owner.eGet(reference)).stream().map(t -> text.apply((EObject) t)).collect(Collectors.joining(SEPARATOR));
    }

    private static String id(EObject object) {
        if (object == null) {
            return null;
        }
        if (object instanceof Element element) {
            return element.getId();
        }
        return object.eResource() == null ? null : EcoreUtil.getURI(object).fragment();
    }

    private static String name(EObject object) {
        if (object == null) {
            return null;
        }
        if (object instanceof Element element) {
            return element.getName() == null ? "" : element.getName(); //$NON-NLS-1$
        }
        return object.eClass().getName();
    }

    private static String label(Model model) {
        return model.getName() == null ? Messages.about_title : model.getName();
    }

    private static String property(Element element, String key) {
        List<String> values = new ArrayList<>();
        for (Property property : element.getProperties()) {
            if (key.equals(property.getKey()) && property.getValue() != null) {
                values.add(property.getValue());
            }
        }
        return values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    private static String plain(Object value) {
        if (value instanceof Enumerator enumerator) {
            return enumerator.getLiteral();
        }
        return String.valueOf(value);
    }

    /** Writes a value in the cell type that fits it: numbers as numbers, dates as dates, everything else as text. */
    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE_FORMAT).set();
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                sheet.value(row, column, (Number) value);
            } else {
                text(sheet, row, column, value.toString());
            }
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof Boolean flag) {
            sheet.value(row, column, flag);
        } else {
            String text = plain(value);
            if (!text.isEmpty()) {
                text(sheet, row, column, text);
            }
        }
    }

    /**
     * Writes text as a string cell, never a formula; text that a spreadsheet would take for a
     * formula when the cell is edited ({@code = + - @}) gets the text number format too.
     */
    private static void text(Worksheet sheet, int row, int column, String value) {
        String text = cut(value);
        sheet.value(row, column, text);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) { //$NON-NLS-1$
            sheet.style(row, column).format(TEXT_FORMAT).set();
        }
    }

    /** At most {@link Workbooks#MAX_CELL_TEXT} characters, never splitting a surrogate pair. */
    static String cut(String text) {
        if (text.length() <= Workbooks.MAX_CELL_TEXT) {
            return text;
        }
        int end = Workbooks.MAX_CELL_TEXT - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
