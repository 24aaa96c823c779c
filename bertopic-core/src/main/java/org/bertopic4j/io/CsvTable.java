package org.bertopic4j.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table parsed per RFC 4180: comma-separated fields, double-quoted fields may hold commas,
 * quotes (doubled) and line breaks, the first record is the header. A UTF-8 byte-order mark is ignored.
 */
public final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    /**
     * Parses CSV text.
     *
     * @throws IllegalArgumentException when the text has no header, a quote is unterminated, or a
     *     row has another number of fields than the header
     */
    public static CsvTable parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV has an unterminated quoted field in record " + (records.size() + 1));
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("CSV is empty: expected a header row and data rows");
        }
        List<String> header = List.copyOf(records.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            if (records.get(r).size() != header.size()) {
                throw new IllegalArgumentException("CSV record " + (r + 1) + " has " + records.get(r).size()
                        + " fields but the header has " + header.size());
            }
            rows.add(List.copyOf(records.get(r)));
        }
        return new CsvTable(header, List.copyOf(rows));
    }

    /** The header names. */
    public List<String> header() {
        return header;
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /**
     * The values of one column, in row order.
     *
     * @throws IllegalArgumentException naming the known columns when {@code name} is not one of them
     */
    public List<String> column(String name) {
        int c = header.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("CSV has no column '" + name + "'; its columns are " + header);
        }
        List<String> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            out.add(row.get(c));
        }
        return List.copyOf(out);
    }
}
