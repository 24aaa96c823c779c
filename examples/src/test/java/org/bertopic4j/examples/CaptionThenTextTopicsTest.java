package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow 3 end to end on the bundled sample, with the CSV captions standing in for a captioner. */
class CaptionThenTextTopicsTest {
    private static final String TABLE_CELLS = "//table[@class='info']/tbody/tr/td[position() <= 4]";
    @TempDir
    static Path dir;
    private static ReportPage page;

    @BeforeAll
    static void runOnce() throws Exception {
        page = ReportPage.run(CaptionThenTextTopics::run, dir);
    }

    @Test
    void writesAReportWithSeveralTopicsAndImages() {
        List<Integer> topics = page.tableTopics();
        assertTrue(topics.stream().filter(t -> t >= 0).count() > 1, "more than one topic in the table: " + topics);
        assertTrue(page.stdout.contains("CsvCaptions") && page.stdout.contains("all-MiniLM-L6-v2"),
                "the run names the caption stand-in and the text model:\n" + page.stdout);
        assertTrue(page.count("//div[@class='tile']/img") > 0, "the captioned corpus keeps its images for the tiles");
    }

    @Test
    void theSameSeedGivesTheSameTopics(@TempDir Path again) throws Exception {
        assertEquals(page.texts(TABLE_CELLS), ReportPage.run(CaptionThenTextTopics::run, again).texts(TABLE_CELLS));
    }
}
