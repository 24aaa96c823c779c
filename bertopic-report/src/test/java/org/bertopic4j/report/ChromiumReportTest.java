package org.bertopic4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser (Debian's chromium, installed by {@code .ci/run}; skipped where it is
 * absent): it loads with no console message and no network request, and renders a non-blank page.
 * A control page with an external image and a script error shows that both checks can fail.
 */
class ChromiumReportTest {

    @BeforeAll
    static void needsChromium() {
        assumeTrue(HeadlessChromium.available(), "chromium is not installed at " + HeadlessChromium.BINARY);
    }

    @Test
    void reportLoadsOfflineWithoutErrorsAndRendersContent(@TempDir Path dir) throws Exception {
        Corpus corpus = ReportFixtures.clipart();
        TopicModel model = ReportFixtures.clipartModel(corpus, ReportFixtures.clipartCategories());
        Path page = HtmlReport.builder(model, corpus).title("Clip art topics")
                .hierarchy(ReportFixtures.averageLinkage(TopicVectors.of(model).vectors()))
                .goldLabels(corpus.labels().orElseThrow()).build().write(dir.resolve("report.html"));
        HeadlessChromium.Load load = HeadlessChromium.load(page, dir);
        assertEquals(List.of(), load.consoleMessages(), "console messages");
        assertEquals(List.of(), load.pageRequests(), "network requests");
        assertTrue(Files.size(load.screenshot()) > 20_000, "screenshot of " + Files.size(load.screenshot()) + " B");
        BufferedImage shot = ImageIO.read(load.screenshot().toFile());
        assertTrue(luminanceVariance(shot) > 200, "not blank: variance " + luminanceVariance(shot));
    }

    @Test
    void controlPageWithAnExternalImageAndAScriptErrorFailsBothChecks(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html><body><h1>bad</h1>"
                + "<img src=\"http://example.invalid/x.png\"><script>undefinedFunction();</script></body></html>");
        HeadlessChromium.Load load = HeadlessChromium.load(page, dir);
        assertFalse(load.consoleMessages().isEmpty(), "the script error is seen");
        assertEquals(List.of("http://example.invalid/x.png"), load.pageRequests());
    }

    private static double luminanceVariance(BufferedImage image) throws IOException {
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double l = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
                sum += l;
                sumSq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }
}
