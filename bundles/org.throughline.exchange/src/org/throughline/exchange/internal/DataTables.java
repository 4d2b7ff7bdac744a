// SPDX-License-Identifier: EPL-2.0
package org.throughline.exchange.internal;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.throughline.exchange.api.ObservationImportException;
import org.throughline.exchange.api.Workbooks;

/**
 * Reads the rows of a data file, CSV (Commons CSV) or XLSX (fastexcel-reader), recognised by
 * its content rather than its name, and refuses what is neither with a sentence that says so.
 */
public final class DataTables {

    /** The longest line a CSV file may have. */
    static final int MAX_LINE = 1_000_000;

    /** The most bytes a workbook may unpack to (its parts as the zip directory declares them). */
    static final long MAX_UNPACKED = 1L << 30;

    private static final int SNIFF = 8192;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern OBSERVATION_SHEETS = Pattern.compile(
            Pattern.quote(Workbooks.OBSERVATIONS_SHEET) + "( \\(\\d+\\))?", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    private DataTables() {
    }

    /** A CSV line longer than {@link DataTables#MAX_LINE}. */
    private static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts characters since the last line break and stops a line that never ends. */
    private static final class LineGuard extends FilterReader {
        private int sinceBreak;

        LineGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(char c) throws LineTooLong {
            if (c == '\n' || c == '\r') {
                sinceBreak = 0;
            } else if (++sinceBreak > MAX_LINE) {
                throw new LineTooLong();
            }
        }
    }

    /**
     * Reads every row of a data file into a sink.
     *
     * @param file the CSV or XLSX file
     * @param sink receives the rows
     * @throws ObservationImportException when the file cannot be read as a table
     */
    public static void read(Path file, RowSink sink) throws ObservationImportException {
        if (!Files.exists(file)) {
            throw new ObservationImportException(Messages.bind(Messages.import_noFile, file));
        }
        if (Files.isDirectory(file)) {
            throw new ObservationImportException(Messages.bind(Messages.import_isFolder, file));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new ObservationImportException(Messages.bind(Messages.import_unreadable, file, e.getMessage()), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (startsWith(head, ZIP)) {
            readWorkbook(file, sink);
        } else if (startsWith(head, OLE2)) {
            throw new ObservationImportException(Messages.bind(Messages.import_oldExcel, file));
        } else if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new ObservationImportException(Messages.bind(Messages.import_notZip, file));
        } else if (binary(head)) {
            throw new ObservationImportException(Messages.bind(Messages.import_binary, file));
        } else {
            readCsv(file, sink);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean binary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static void readCsv(Path file, RowSink sink) throws ObservationImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (BufferedReader buffered = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            char delimiter = delimiter(buffered);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            try (CSVParser parser = CSVParser.parse(new LineGuard(buffered), format)) {
                sink.sheet(null);
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    line = parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    } catch (IllegalStateException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                    List<Cell> cells = new ArrayList<>(record.size());
                    for (String value : record) {
                        cells.add(Cell.text(value));
                    }
                    sink.row((int) Math.min(record.getRecordNumber(), Integer.MAX_VALUE), cells);
                }
            }
        } catch (ObservationImportException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new ObservationImportException(Messages.bind(Messages.import_notUtf8, file, Long.valueOf(line)), e);
        } catch (LineTooLong e) {
            throw new ObservationImportException(Messages.bind(Messages.import_lineTooLong, new Object[] {file, Long.valueOf(line),
                    Integer.valueOf(MAX_LINE)}), e);
        } catch (IOException e) {
            throw new ObservationImportException(Messages.bind(Messages.import_badCsv, new Object[] {file, Long.valueOf(line),
                    e.getMessage()}), e);
        }
    }

    /** The separator the header row uses: comma, semicolon (European spreadsheets) or tab. */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(MAX_LINE + 1);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0, c = reader.read(); c >= 0 && i < MAX_LINE; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static void readWorkbook(Path file, RowSink sink) throws ObservationImportException {
        checkUnpackedSize(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true))) {
            List<Sheet> all = workbook.getSheets().toList();
            List<Sheet> sheets = all.stream().filter(s -> OBSERVATION_SHEETS.matcher(s.getName()).matches()).toList();
            if (sheets.isEmpty() && all.size() == 1) {
                sheets = all;
            }
            if (sheets.isEmpty()) {
                throw new ObservationImportException(Messages.bind(Messages.import_noSheet, file, Workbooks.OBSERVATIONS_SHEET));
            }
            for (Sheet sheet : sheets) {
                sink.sheet(sheet.getName());
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Iterator<Row> iterator = rows.iterator(); iterator.hasNext();) {
                        Row row = iterator.next();
                        List<Cell> cells = new ArrayList<>(row.getCellCount());
                        for (int c = 0; c < row.getCellCount(); c++) {
                            cells.add(cell(row.getCell(c)));
                        }
                        sink.row(row.getRowNum(), cells);
                    }
                }
            }
        } catch (ObservationImportException e) {
            throw e;
        } catch (IOException | ExcelReaderException | UncheckedIOException | IllegalArgumentException | IllegalStateException
                | IndexOutOfBoundsException | ArithmeticException e) {
            throw new ObservationImportException(Messages.bind(Messages.import_badWorkbook, file, e.getMessage()), e);
        }
    }

    /** Refuses a workbook whose parts would unpack to more than {@link #MAX_UNPACKED} bytes (a zip bomb). */
    private static void checkUnpackedSize(Path file) throws ObservationImportException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                total += Math.max(entry.getSize(), 0);
                if (entry.getSize() < 0 || total > MAX_UNPACKED) {
                    throw new ObservationImportException(Messages.bind(Messages.import_tooBigWorkbook, file,
                            Long.valueOf(MAX_UNPACKED >> 20)));
                }
            }
        } catch (ObservationImportException e) {
            throw e;
        } catch (ZipException e) {
            throw new ObservationImportException(Messages.bind(Messages.import_badWorkbook, file, e.getMessage()), e);
        } catch (IOException e) {
            throw new ObservationImportException(Messages.bind(Messages.import_unreadable, file, e.getMessage()), e);
        }
    }

    private static Cell cell(org.dhatim.fastexcel.reader.Cell cell) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getType();
        switch (type) {
            case FORMULA:
                return new Cell("", null, null, cell.getFormula() == null ? "" : cell.getFormula(), null); //$NON-NLS-1$ //$NON-NLS-2$
            case ERROR:
                return new Cell("", null, null, null, cell.getRawValue() == null ? "#?" : cell.getRawValue()); //$NON-NLS-1$ //$NON-NLS-2$
            case NUMBER:
                BigDecimal number = cell.asNumber();
                if (number == null) {
                    return Cell.EMPTY;
                }
                LocalDate date = dateFormatted(cell) ? date(cell) : null;
                return new Cell(date != null ? date.toString() : number.stripTrailingZeros().toPlainString(), number, date, null, null);
            case BOOLEAN:
                return Cell.text(String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT));
            case STRING:
                return Cell.text(cell.asString());
            case EMPTY:
            default:
                return Cell.EMPTY;
        }
    }

    private static LocalDate date(org.dhatim.fastexcel.reader.Cell cell) {
        try {
            return cell.asDate().toLocalDate();
        } catch (RuntimeException e) {
            return null; // A serial number no calendar has: it stays a number, and the date column says so.
        }
    }

    /** Whether a numeric cell is formatted as a date: built-in date formats, or a format with days or years. */
    private static boolean dateFormatted(org.dhatim.fastexcel.reader.Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id.intValue() >= 14 && id.intValue() <= 17 || id.intValue() == 22)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return bare.indexOf('y') >= 0 || bare.indexOf('d') >= 0;
    }
}
