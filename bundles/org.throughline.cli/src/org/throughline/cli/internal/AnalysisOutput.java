// SPDX-License-Identifier: EPL-2.0
package org.throughline.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EObject;
import org.throughline.analysis.api.AnalysisDescriptor;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.analysis.api.AnalysisRun;
import org.throughline.cli.api.JsonText;
import org.throughline.model.Element;

/** Prints analysis runs as text tables, JSON or CSV. */
final class AnalysisOutput {

    /** Text tables aim to fit this many characters a line; wide cells wrap within their column. */
    static final int TEXT_WIDTH = 140;

    /** No column is made narrower than this to fit. */
    private static final int MIN_COLUMN = 8;

    private final PrintStream out;

    AnalysisOutput(PrintStream out) {
        this.out = out;
    }

    void list(List<AnalysisDescriptor> descriptors, String format) {
        if ("json".equals(format)) { //$NON-NLS-1$
            List<Object> items = new ArrayList<>();
            for (AnalysisDescriptor d : descriptors) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", d.id()); //$NON-NLS-1$
                item.put("name", d.name()); //$NON-NLS-1$
                item.put("question", d.question()); //$NON-NLS-1$
                item.put("needsElement", Boolean.valueOf(d.needsSubject())); //$NON-NLS-1$
                items.add(item);
            }
            out.print(JsonText.write(items));
            return;
        }
        out.println(AnalyseMessages.analyse_listHeader);
        int width = descriptors.stream().mapToInt(d -> d.id().length()).max().orElse(0);
        for (AnalysisDescriptor d : descriptors) {
            String question = d.needsSubject() ? d.question() + " (" + AnalyseMessages.analyse_needsElement + ")" : d.question(); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> lines = wrap(question, Math.max(30, TEXT_WIDTH - width - 4));
            out.printf("  %-" + width + "s  %s%n", d.id(), lines.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
            for (String more : lines.subList(1, lines.size())) {
                out.printf("  %-" + width + "s  %s%n", "", more); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    void text(String file, LocalDate today, List<AnalysisRun> runs) {
        out.println(AnalyseMessages.bind(AnalyseMessages.analyse_asAt, file, today));
        for (AnalysisRun run : runs) {
            out.println();
            String title = run.descriptor().name();
            out.println(title);
            out.println("=".repeat(title.length())); //$NON-NLS-1$
            if (run.failed()) {
                out.println(AnalyseMessages.bind(AnalyseMessages.analyse_failed, run.failure()));
                continue;
            }
            AnalysisResult result = run.result();
            wrap(result.headline(), TEXT_WIDTH).forEach(out::println);
            out.println();
            if (result.rows().isEmpty()) {
                out.println(AnalyseMessages.analyse_noRows);
            } else {
                table(result);
            }
        }
    }

    private void table(AnalysisResult result) {
        int columns = result.columns().size();
        List<String[]> cells = new ArrayList<>();
        boolean[] numeric = new boolean[columns];
        Arrays.fill(numeric, true);
        for (Row row : result.rows()) {
            String[] texts = new String[columns];
            for (int c = 0; c < columns; c++) {
                Object value = c < row.cells().size() ? row.cells().get(c) : null;
                texts[c] = format(value);
                numeric[c] &= value == null || value instanceof Number;
            }
            cells.add(texts);
        }
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            // A header may wrap at its spaces, so only its longest word sets a minimum.
            for (String word : result.columns().get(c).split(" ")) { //$NON-NLS-1$
                widths[c] = Math.max(widths[c], word.length());
            }
            for (String[] row : cells) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        // Narrow the widest column, one character at a time, until the table fits.
        while (Arrays.stream(widths).sum() + 2 * (columns - 1) > TEXT_WIDTH) {
            int widest = 0;
            for (int c = 1; c < columns; c++) {
                widest = widths[c] > widths[widest] ? c : widest;
            }
            if (widths[widest] <= MIN_COLUMN) {
                break;
            }
            widths[widest]--;
        }
        String[] header = result.columns().toArray(String[]::new);
        printRow(header, widths, new boolean[columns]);
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
            rule[c] = "-".repeat(widths[c]); //$NON-NLS-1$
        }
        printRow(rule, widths, new boolean[columns]);
        for (String[] row : cells) {
            printRow(row, widths, numeric);
        }
    }

    private void printRow(String[] texts, int[] widths, boolean[] right) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < texts.length; c++) {
            List<String> lines = wrap(texts[c], widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < texts.length; c++) {
                String part = line < wrapped.get(c).size() ? wrapped.get(c).get(line) : ""; //$NON-NLS-1$
                String pad = " ".repeat(Math.max(0, widths[c] - part.length())); //$NON-NLS-1$
                text.append(c == 0 ? "" : "  ").append(right[c] ? pad + part : part + pad); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.println(text.toString().stripTrailing());
        }
    }

    /** Breaks text into lines of at most the width, at spaces where it can. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                lines.add(rest.substring(0, width));
                rest = rest.substring(width);
            } else {
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1);
            }
        }
        lines.add(rest);
        return lines;
    }

    /** A cell for people: see {@link AnalysisResult#text(Object)}. */
    static String format(Object value) {
        return AnalysisResult.text(value);
    }

    /** A number as CSV and JSON want it: plain, no grouping, no trailing zeros. */
    static Object plain(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof AnalysisResult.Quantity) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return null;
            }
            return new BigDecimal(BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
        }
        return value;
    }

    void json(String file, LocalDate today, EObject subject, List<AnalysisRun> runs) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("file", file); //$NON-NLS-1$
        document.put("asAt", today.toString()); //$NON-NLS-1$
        document.put("element", subject == null ? null : element(subject)); //$NON-NLS-1$
        List<Object> analyses = new ArrayList<>();
        for (AnalysisRun run : runs) {
            Map<String, Object> analysis = new LinkedHashMap<>();
            analysis.put("id", run.descriptor().id()); //$NON-NLS-1$
            analysis.put("name", run.descriptor().name()); //$NON-NLS-1$
            analysis.put("question", run.descriptor().question()); //$NON-NLS-1$
            analysis.put("failure", run.failure()); //$NON-NLS-1$
            if (!run.failed()) {
                analysis.put("headline", run.result().headline()); //$NON-NLS-1$
                analysis.put("columns", run.result().columns()); //$NON-NLS-1$
                List<Object> rows = new ArrayList<>();
                for (Row row : run.result().rows()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("element", row.element() == null ? null : element(row.element())); //$NON-NLS-1$
                    item.put("cells", row.cells().stream().map(AnalysisOutput::plain).toList()); //$NON-NLS-1$
                    rows.add(item);
                }
                analysis.put("rows", rows); //$NON-NLS-1$
            }
            analyses.add(analysis);
        }
        document.put("analyses", analyses); //$NON-NLS-1$
        out.print(JsonText.write(document));
    }

    private static Map<String, Object> element(EObject element) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", element instanceof Element e ? e.getId() : null); //$NON-NLS-1$
        described.put("type", element.eClass().getName()); //$NON-NLS-1$
        described.put("name", element instanceof Element e ? e.getName() : null); //$NON-NLS-1$
        return described;
    }

    /**
     * Model text that a spreadsheet would take for a formula (it starts with =, +, -, @ or a
     * control character) is given a leading apostrophe, so that opening the CSV runs nothing.
     */
    static String inert(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) { //$NON-NLS-1$
            return "'" + text; //$NON-NLS-1$
        }
        return text;
    }

    void csv(AnalysisRun run) {
        if (run.failed()) {
            return;
        }
        List<String> header = new ArrayList<>(List.of(AnalyseMessages.analyse_elementId, AnalyseMessages.analyse_elementType));
        header.addAll(run.result().columns());
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (Row row : run.result().rows()) {
                List<Object> record = new ArrayList<>();
                record.add(row.element() instanceof Element e ? inert(e.getId()) : null);
                record.add(row.element() == null ? null : row.element().eClass().getName());
                row.cells().forEach(c -> record.add(c instanceof String cellText ? inert(cellText) : plain(c)));
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not fail
        }
        out.print(text);
    }
}
