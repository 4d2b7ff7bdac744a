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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
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
     * @return the number format code of a cell as the workbook's XML gives it (fastexcel-reader
     *         reports formats of numeric cells only), or {@code null} when it has none
     */
    static String formatCode(Path xlsx, String sheetName, String cellReference) throws IOException {
        Map<String, String> parts = parts(xlsx);
        Document workbook = dom(parts.get("xl/workbook.xml"));
        String relation = null;
        NodeList sheets = workbook.getElementsByTagName("sheet");
        for (int i = 0; i < sheets.getLength(); i++) {
            Element sheet = (Element) sheets.item(i);
            if (sheetName.equals(sheet.getAttribute("name"))) {
                relation = sheet.getAttribute("r:id");
            }
        }
        String target = null;
        NodeList relations = dom(parts.get("xl/_rels/workbook.xml.rels")).getElementsByTagName("Relationship");
        for (int i = 0; i < relations.getLength(); i++) {
            Element r = (Element) relations.item(i);
            if (r.getAttribute("Id").equals(relation)) {
                target = r.getAttribute("Target").replaceFirst("^/?(xl/)?", "xl/");
            }
        }
        NodeList cells = dom(parts.get(target)).getElementsByTagName("c");
        String style = null;
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if (cellReference.equals(cell.getAttribute("r"))) {
                style = cell.getAttribute("s");
            }
        }
        if (style == null || style.isEmpty()) {
            return null;
        }
        Document styles = dom(parts.get("xl/styles.xml"));
        Element xf = (Element) ((Element) styles.getElementsByTagName("cellXfs").item(0)).getElementsByTagName("xf")
                .item(Integer.parseInt(style));
        String id = xf.getAttribute("numFmtId");
        NodeList formats = styles.getElementsByTagName("numFmt");
        for (int i = 0; i < formats.getLength(); i++) {
            Element format = (Element) formats.item(i);
            if (id.equals(format.getAttribute("numFmtId"))) {
                return format.getAttribute("formatCode");
            }
        }
        return "49".equals(id) ? "@" : null;
    }

    private static Document dom(String xml) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e);
        }
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
