// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.xml.sax.SAXException;

/** Reads workbooks back for the tests, with fastexcel-reader and as raw XML. */
final class Sheets {

    private Sheets() {
    }

    /** @return every sheet's rows of cells, in sheet order */
    static Map<String, List<List<Cell>>> read(Path xlsx) throws IOException {
        Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<Cell>> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(row -> {
                        List<Cell> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            cells.add(row.getCell(c));
                        }
                        rows.add(cells);
                    });
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }

    /** @return the text of a cell, {@code ""} for none */
    static String text(List<Cell> row, int column) {
        if (column >= row.size() || row.get(column) == null || row.get(column).getRawValue() == null) {
            return "";
        }
        return row.get(column).getText();
    }

    /** @return the index of a heading in a header row */
    static int column(List<Cell> header, String heading) {
        for (int c = 0; c < header.size(); c++) {
            if (heading.equals(text(header, c))) {
                return c;
            }
        }
        throw new AssertionError("no column " + heading + " in " + header);
    }

    /**
     * Parses every XML part of the workbook (a spreadsheet refuses a workbook whose XML is not
     * well formed) and returns the parts' text.
     */
    static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    try {
                        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                        factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
                    } catch (SAXException | ParserConfigurationException e) {
                        throw new AssertionError(entry.getName() + " is not well-formed XML: " + e.getMessage(), e);
                    }
                }
                parts.put(entry.getName(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
