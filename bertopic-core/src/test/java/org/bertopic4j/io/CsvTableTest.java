package org.bertopic4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void parsesQuotedFieldsWithCommasQuotesAndNewlines() {
        CsvTable t = CsvTable.parse("\uFEFFa,b\r\n\"x, y\",\"line1\nline2\"\r\n\"say \"\"hi\"\"\",\n");
        assertEquals(List.of("a", "b"), t.header());
        assertEquals(List.of("x, y", "say \"hi\""), t.column("a"));
        assertEquals(List.of("line1\nline2", ""), t.column("b"));
    }

    @Test
    void rejectsMalformedInput() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("")).getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a,b\n1\n"))
                .getMessage().contains("record 2 has 1 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a\n\"open\n"))
                .getMessage().contains("unterminated"));
    }
}
