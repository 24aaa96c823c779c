package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow 3 end to end on the bundled sample, with the CSV captions standing in for a captioner. */
class CaptionThenTextTopicsTest {

    @Test
    void writesAReportWithSeveralTopicsAndImages(@TempDir Path dir) throws Exception {
        ReportPage page = ReportPage.run(CaptionThenTextTopics::run, dir);

        List<Integer> topics = page.tableTopics();
        assertTrue(topics.stream().filter(t -> t >= 0).count() > 1, "more than one topic in the table: " + topics);
        assertTrue(page.stdout.contains("CsvCaptions") && page.stdout.contains("all-MiniLM-L6-v2"),
                "the run names the caption stand-in and the text model:\n" + page.stdout);
        assertTrue(page.count("//div[@class='tile']/img") > 0, "the captioned corpus keeps its images for the tiles");
    }

    @Test
    void theSameSeedGivesTheSameTopics(@TempDir Path first, @TempDir Path second) throws Exception {
        ReportPage a = ReportPage.run(CaptionThenTextTopics::run, first);
        ReportPage b = ReportPage.run(CaptionThenTextTopics::run, second);
        assertEquals(a.texts("//table[@class='info']/tbody/tr/td[position() <= 4]"),
                b.texts("//table[@class='info']/tbody/tr/td[position() <= 4]"));
    }
}
