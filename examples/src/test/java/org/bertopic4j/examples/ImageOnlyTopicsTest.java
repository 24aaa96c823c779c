package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow 2 end to end on the bundled clip-art images, with the CSV captions standing in for a captioner. */
class ImageOnlyTopicsTest {

    @Test
    void writesAReportWithSeveralTopicsNamedFromCaptions(@TempDir Path dir) throws Exception {
        ReportPage page = ReportPage.run(ImageOnlyTopics::run, dir);

        List<Integer> topics = page.tableTopics();
        assertTrue(topics.stream().filter(t -> t >= 0).count() > 1, "more than one topic in the table: " + topics);
        assertTrue(page.stdout.contains("MobileNetV2") && page.stdout.contains("CsvCaptions"),
                "the run says it used MobileNetV2 and the CSV stand-in for captions:\n" + page.stdout);
        List<String> words = page.texts("//table[@class='info']/tbody/tr[td[1] != '-1']/td[4]");
        assertTrue(words.stream().allMatch(w -> !w.isBlank()), "every topic has caption words: " + words);
    }
}
