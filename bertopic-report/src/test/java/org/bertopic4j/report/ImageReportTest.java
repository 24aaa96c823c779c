package org.bertopic4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.bertopic4j.Corpus;
import org.bertopic4j.ImageSource;
import org.bertopic4j.Representation;
import org.bertopic4j.TopicModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Image tiles, picture aspects and unreadable images, on real public-domain clip art. */
class ImageReportTest {

    @Test
    void everyTopicGetsATileOfItsTopImagesAsSmallInlineJpegs() throws IOException {
        Corpus corpus = ReportFixtures.clipart();
        TopicModel model = ReportFixtures.clipartModel(corpus, ReportFixtures.clipartCategories());
        XmlPage page = new XmlPage(HtmlReport.builder(model, corpus).thumbnailSize(64).build().render());
        assertEquals(4, model.topicCount());
        for (int t : model.topicIds()) {
            List<Node> imgs = page.nodes("//section[@id='topic-" + t + "']/div[@class='tile']/img");
            TopImages top = new TopImages(model);
            List<Integer> rows = top.rows(t, 9);
            assertEquals(Math.min(9, model.topicSizes().get(t)), imgs.size(), "topic " + t);
            for (int i = 0; i < imgs.size(); i++) {
                Element img = (Element) imgs.get(i);
                String expectedName = corpus.images().orElseThrow().get(rows.get(i)).path().orElseThrow()
                        .getFileName().toString();
                assertEquals(expectedName, img.getAttribute("alt"));
                BufferedImage decoded = decode(img.getAttribute("src"));
                assertTrue(Math.max(decoded.getWidth(), decoded.getHeight()) <= 64);
            }
        }
    }

    @Test
    void tableShowsWordLabelAndPictureAspects() throws IOException {
        Corpus corpus = ReportFixtures.clipart();
        List<String> categories = ReportFixtures.clipartCategories();
        TopicModel model = ReportFixtures.clipartModel(corpus, categories);
        XmlPage page = new XmlPage(HtmlReport.of(model, corpus).render());
        assertEquals(List.of("Topic", "Count", "Name", "Representation", "Keywords", "Category", "Collage"),
                page.texts("//table[@class='info']/thead/tr/th"));
        List<String> labels = page.texts("//table[@class='info']/tbody/tr/td[6]");
        assertEquals(List.of("animals", "food", "tools", "transportation"), labels.stream().sorted().toList());
        for (int row = 0; row < model.topicIds().size(); row++) {
            int t = model.topicIds().get(row);
            Representation.Words words = (Representation.Words) model.aspects().get("Keywords").get(t);
            String joined = String.join(", ", words.words().stream().map(w -> w.word()).toList());
            assertEquals(joined, page.texts("//table[@class='info']/tbody/tr/td[5]").get(row));
        }
        List<Node> pictures = page.nodes("//table[@class='info']/tbody/tr/td[7]/img");
        assertEquals(model.topicIds().size(), pictures.size());
        BufferedImage collage = decode(((Element) pictures.get(0)).getAttribute("src"));
        assertEquals(128, collage.getWidth(), "a 128 px picture fits under twice the 128 px thumbnail size");
    }

    @Test
    void unreadableImagesBecomePlaceholders(@TempDir Path dir) throws IOException {
        Corpus clipart = ReportFixtures.clipart();
        List<ImageSource> images = new ArrayList<>(clipart.images().orElseThrow());
        Path garbage = Files.writeString(dir.resolve("broken.jpg"), "not a jpeg at all");
        images.set(0, ImageSource.of(garbage));
        images.set(1, ImageSource.of(dir.resolve("missing.jpg")));
        Corpus corpus = Corpus.of(clipart.documents().orElseThrow(), images)
                .withEmbeddings(clipart.embeddings().orElseThrow()).withLabels(clipart.labels().orElseThrow());
        TopicModel model = ReportFixtures.clipartModel(ReportFixtures.clipart(), ReportFixtures.clipartCategories());
        XmlPage page = new XmlPage(HtmlReport.of(model, corpus).render());
        List<String> missing = page.nodes("//div[@class='missing']").stream()
                .map(n -> ((Element) n).getAttribute("title")).sorted().toList();
        assertEquals(List.of(garbage.toString(), dir.resolve("missing.jpg").toString()), missing);
        assertEquals(corpus.size() - 2, page.count("//div[@class='tile']/img"));
    }

    private static BufferedImage decode(String src) throws IOException {
        String prefix = "data:image/jpeg;base64,";
        assertTrue(src.startsWith(prefix), src.substring(0, Math.min(40, src.length())));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                src.substring(prefix.length()))));
        assertTrue(image != null, "a decodable JPEG");
        return image;
    }
}
