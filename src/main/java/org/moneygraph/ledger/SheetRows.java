package org.moneygraph.ledger;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of a ledger file, read one at a time: .csv through Apache Commons CSV, .xlsx (first sheet) through
 * FastExcel's streaming reader. Neither keeps the file in memory. A file that cannot be read throws
 * {@link UnreadableFileException} with the row where reading stopped.
 */
abstract class SheetRows implements Iterator<SheetRow>, AutoCloseable {

    /** The file is not a readable .csv or .xlsx. */
    static final class UnreadableFileException extends RuntimeException {
        final int row;

        UnreadableFileException(int row, String message, Throwable cause) {
            super(message, cause);
            this.row = row;
        }
    }

    /** Bytes read so far, or -1 when the reader cannot tell (.xlsx, read through its zip index). */
    abstract long bytesRead();

    @Override
    public abstract void close();

    static SheetRows open(Path file, String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return new Csv(file);
        }
        if (lower.endsWith(".xlsx")) {
            return new Xlsx(file);
        }
        throw new UnreadableFileException(0, "only .csv and .xlsx ledgers are read (got " + fileName + ")", null);
    }

    private static final class Csv extends SheetRows {

        private final AtomicLong bytes = new AtomicLong();
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        Csv(Path file) {
            try {
                InputStream in = new CountingStream(Files.newInputStream(file), bytes);
                BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
                Charset charset = sniffCharset(buffered);
                var reader = new InputStreamReader(buffered, charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader);
                records = parser.iterator();
            }
            catch (IOException ex) {
                throw new UnreadableFileException(0, "cannot read the file: " + ex.getMessage(), ex);
            }
        }

        /**
         * Offices save CSV from Excel either as UTF-8 (often with a byte-order mark) or as GB18030/GBK. The first
         * 64 KiB decide; a BOM is skipped.
         */
        private static Charset sniffCharset(BufferedInputStream in) throws IOException {
            in.mark(1 << 16);
            byte[] head = in.readNBytes((1 << 16) - 1);
            in.reset();
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                in.skipNBytes(3);
                return StandardCharsets.UTF_8;
            }
            // Decoding as not yet at the end of input: a character cut at the end of the sample is no error.
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var result = decoder.decode(ByteBuffer.wrap(head), java.nio.CharBuffer.allocate(head.length), false);
            return result.isError() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            }
            catch (UncheckedIOException | IllegalStateException ex) {
                throw new UnreadableFileException((int) parser.getRecordNumber() + 1,
                        "the CSV cannot be parsed after row " + parser.getRecordNumber() + ": " + rootMessage(ex), ex);
            }
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord record = records.next();
            return new SheetRow((int) record.getRecordNumber(), record.toList());
        }

        @Override
        long bytesRead() {
            return bytes.get();
        }

        @Override
        public void close() {
            try {
                parser.close();
            }
            catch (IOException ignored) {
                // Closing a file we only read cannot lose anything.
            }
        }
    }

    private static final class Xlsx extends SheetRows {

        private final ReadableWorkbook workbook;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private int lastRow;

        Xlsx(Path file) {
            try {
                workbook = new ReadableWorkbook(file.toFile());
                stream = workbook.getFirstSheet().openStream();
                rows = stream.iterator();
            }
            catch (IOException | RuntimeException ex) {
                throw new UnreadableFileException(0, "not a readable .xlsx workbook: " + rootMessage(ex), ex);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                return rows.hasNext();
            }
            catch (RuntimeException ex) {
                throw new UnreadableFileException(lastRow + 1, "the workbook cannot be read after row " + lastRow + ": "
                        + rootMessage(ex), ex);
            }
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = rows.next();
            lastRow = row.getRowNum();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(text(row.getCell(i)));
            }
            return new SheetRow(row.getRowNum(), cells);
        }

        /** Numbers as their exact decimal (never a binary double), text as written, formulas by their cached value. */
        private static String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            return switch (cell.getType()) {
                case NUMBER -> cell.getRawValue() == null ? "" : new BigDecimal(cell.getRawValue()).toPlainString();
                case STRING -> cell.asString();
                case EMPTY -> "";
                default -> cell.getRawValue() == null ? "" : cell.getRawValue();
            };
        }

        @Override
        long bytesRead() {
            return -1;
        }

        @Override
        public void close() {
            stream.close();
            try {
                workbook.close();
            }
            catch (IOException ignored) {
                // Closing a file we only read cannot lose anything.
            }
        }
    }

    static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final AtomicLong count;

        CountingStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
