package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow 1 end to end on the bundled clip-art sample with the offline models. */
class MultimodalTopicsTest {

    @Test
    void writesAReportWithSeveralTopicsAndTheirImageTiles(@TempDir Path dir) throws Exception {
        ReportPage page = ReportPage.run(MultimodalTopics::run, dir);

        List<Integer> topics = page.tableTopics();
        assertTrue(topics.stream().filter(t -> t >= 0).count() > 1, "more than one topic in the table: " + topics);
        assertTrue(page.stdout.contains("all-MiniLM-L6-v2") && page.stdout.contains("MobileNetV2")
                && page.stdout.contains("concatenated"), "the run names the offline models it used:\n" + page.stdout);
        // one 3x3 tile per topic: the nine images with the highest probability for it
        for (int topic : topics) {
            assertEquals(9, page.count("//section[@id='topic-" + topic + "']/div[@class='tile']/img"),
                    "tile images of topic " + topic);
        }
        assertEquals(topics.size(), page.count("//table[@class='info']/tbody/tr/td[5]/img"),
                "every topic has its Visual_Aspect picture in the table");
        assertTrue(page.count("//table[@class='eval']") == 1, "gold categories give the evaluation block");
    }
}
