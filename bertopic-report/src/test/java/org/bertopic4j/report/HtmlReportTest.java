package org.bertopic4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bertopic4j.TopicModel;
import org.bertopic4j.evaluation.ClusterAgreement;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The page's content on a real text model: table, charts, evaluation, sampling, determinism. */
class HtmlReportTest {

    private static String fullReport(TopicModel model) {
        List<TopicHierarchy.Merge> merges = ReportFixtures.averageLinkage(TopicVectors.of(model).vectors());
        return HtmlReport.builder(model, model.corpus()).title("Fortunes").hierarchy(merges)
                .goldLabels(ReportFixtures.fortuneGold()).build().render();
    }

    @Test
    void pageHoldsTheTableAndEveryChartForARealModel() {
        TopicModel model = ReportFixtures.fortunes();
        XmlPage page = new XmlPage(fullReport(model));
        int k = model.topicCount();
        assertTrue(k > 10, "the fixture has many topics");
        assertEquals(model.topicIds().size(), page.count("//table[@class='info']/tbody/tr"));
        List<String> names = page.texts("//table[@class='info']/tbody/tr/td[3]");
        assertEquals(model.topicIds().stream().map(model::name).toList(), names);
        List<String> counts = page.texts("//table[@class='info']/tbody/tr/td[2]");
        assertEquals(model.topicIds().stream().map(t -> model.topicSizes().get(t).toString()).toList(), counts);

        List<String> panels = page.texts("//section[@id='barchart']//*[local-name()='text'][starts-with(., 'Topic ')]");
        assertEquals(List.of("Topic 0", "Topic 1", "Topic 2", "Topic 3", "Topic 4", "Topic 5", "Topic 6", "Topic 7"),
                panels);
        assertEquals(8 * 5, page.count("//section[@id='barchart']//*[local-name()='rect']"));
        assertEquals(k * k, page.count("//section[@id='heatmap']//*[local-name()='rect']"));
        assertEquals(k, page.count("//section[@id='topic-map']//*[local-name()='circle']"));
        assertEquals(ReportFixtures.FORTUNES, page.count("//section[@id='documents']//*[local-name()='circle']"));
        assertEquals(k - 1, page.count("//section[@id='hierarchy']//*[local-name()='polyline']"));
        assertEquals(model.topicIds().size(), page.count("//section[@class='topic']"));
        assertEquals(0, page.count("//section[@class='topic']//img"), "a text corpus has no image tiles");
        List<String> links = page.nodes("//nav/a").stream().map(n -> ((Element) n).getAttribute("href")).toList();
        assertEquals(List.of("#topics", "#barchart", "#topic-map", "#heatmap", "#documents", "#hierarchy",
                "#evaluation", "#per-topic"), links);
        for (String link : links) {
            assertEquals(1, page.count("//section[@id='" + link.substring(1) + "']"), link);
        }
    }

    @Test
    void barsFollowTheTopicWordScores() {
        TopicModel model = ReportFixtures.fortunes();
        XmlPage page = new XmlPage(HtmlReport.of(model, model.corpus()).render());
        List<Element> bars = page.nodes("//section[@id='barchart']//*[local-name()='rect']").stream()
                .map(Element.class::cast).toList();
        for (int t = 0; t < 8; t++) {
            double max = model.topic(t).get(0).score();
            for (int w = 0; w < 5; w++) {
                Element bar = bars.get(t * 5 + w);
                String expected = model.topic(t).get(w).word() + ": "
                        + String.format(Locale.ROOT, "%.4f", model.topic(t).get(w).score());
                assertEquals(expected, bar.getTextContent());
                double width = Double.parseDouble(bar.getAttribute("width"));
                assertEquals(model.topic(t).get(w).score() / max * 140, width, 0.01);
            }
        }
    }

    @Test
    void heatmapCellsHoldTheCosineSimilarityOfTopicEmbeddings() {
        TopicModel model = ReportFixtures.fortunes();
        XmlPage page = new XmlPage(HtmlReport.of(model, model.corpus()).render());
        double[][] emb = model.topicEmbeddings();
        int offset = model.topicIds().size() - model.topicCount();
        int k = model.topicCount();
        List<String> titles = page.texts("//section[@id='heatmap']//*[local-name()='rect']");
        for (int i = 0; i < k; i += 7) {
            for (int j = 0; j < k; j += 5) {
                double[] a = emb[offset + i];
                double[] b = emb[offset + j];
                double dot = 0;
                double na = 0;
                double nb = 0;
                for (int d = 0; d < a.length; d++) {
                    dot += a[d] * b[d];
                    na += a[d] * a[d];
                    nb += b[d] * b[d];
                }
                String expected = TopicLabels.shortName(model, i) + " / " + TopicLabels.shortName(model, j) + ": "
                        + String.format(Locale.ROOT, "%.3f", dot / Math.sqrt(na * nb));
                assertEquals(expected, titles.get(i * k + j));
            }
        }
    }

    @Test
    void heatmapCanBeLimitedToTheLargestTopics() {
        TopicModel model = ReportFixtures.fortunes();
        XmlPage page = new XmlPage(HtmlReport.builder(model, model.corpus()).heatmapTopics(10).build().render());
        assertEquals(100, page.count("//section[@id='heatmap']//*[local-name()='rect']"));
        List<Integer> largest = model.topicSizes().entrySet().stream().filter(e -> e.getKey() >= 0)
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(10).map(Map.Entry::getKey).sorted().toList();
        List<String> rowLabels = page.texts("//section[@id='heatmap']//*[local-name()='text'][@text-anchor='end']");
        assertEquals(largest.stream().map(t -> TopicLabels.shortName(model, t)).toList(), rowLabels);
        assertEquals(HtmlReport.of(model).render(), HtmlReport.of(model, model.corpus()).render());
    }

    @Test
    void evaluationShowsTheCoreMeasures() {
        TopicModel model = ReportFixtures.fortunes();
        XmlPage page = new XmlPage(fullReport(model));
        List<String> names = page.texts("//table[@class='eval']//th");
        assertEquals(List.of("NPMI coherence", "Topic diversity", "Adjusted Rand index",
                "Normalised mutual information"), names);
        List<Double> values = page.texts("//table[@class='eval']//td").stream().map(Double::parseDouble).toList();
        int[] gold = ReportFixtures.fortuneGold();
        assertEquals(ClusterAgreement.adjustedRandIndex(gold, model.topics()), values.get(2), 5e-5);
        assertEquals(ClusterAgreement.normalizedMutualInformation(gold, model.topics()), values.get(3), 5e-5);
        assertTrue(values.get(0) > -1 && values.get(0) < 1, "NPMI in (-1, 1): " + values.get(0));
        assertTrue(values.get(1) > 0 && values.get(1) <= 1, "diversity in (0, 1]: " + values.get(1));
        Map<String, Double> direct = Evaluation.measures(model, null);
        assertEquals(2, direct.size(), "no ARI / NMI without gold labels");
        String without = HtmlReport.builder(model, model.corpus()).evaluation(false).build().render();
        assertEquals(0, new XmlPage(without).count("//section[@id='evaluation']"));
    }

    @Test
    void documentsMapSamplesLargeTopicsWithASeed() {
        TopicModel model = ReportFixtures.fortunes();
        int[] topics = model.topics();
        int[] a = DocumentMap.sample(topics, 400, 7);
        assertArrayEqualsTwice(a, DocumentMap.sample(topics, 400, 7));
        assertFalse(Arrays.equals(a, DocumentMap.sample(topics, 400, 8)), "another seed draws other rows");
        Map<Integer, Integer> sizes = model.topicSizes();
        double fraction = 400.0 / topics.length;
        for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
            long kept = Arrays.stream(a).filter(r -> topics[r] == e.getKey()).count();
            int expected = e.getValue() < 100 ? e.getValue() : (int) (e.getValue() * fraction);
            assertEquals(expected, kept, "topic " + e.getKey());
        }
        String html = HtmlReport.builder(model, model.corpus()).maxMapDocuments(400).seed(7).build().render();
        assertEquals(a.length, new XmlPage(html).count("//section[@id='documents']//*[local-name()='circle']"));
        assertTrue(a.length < topics.length);
    }

    private static void assertArrayEqualsTwice(int[] a, int[] b) {
        assertTrue(Arrays.equals(a, b), "the same seed draws the same rows");
    }

    @Test
    void renderingIsDeterministic() {
        TopicModel model = ReportFixtures.fortunes();
        assertEquals(fullReport(model), fullReport(model));
    }

    @Test
    void topImagesFollowTheProbabilityMatrixColumnWhenPresent() {
        TopicModel model = ReportFixtures.fortunesWithProbabilities();
        double[][] p = model.probabilityMatrix().orElseThrow();
        assertEquals(model.topicCount(), p[0].length);
        TopImages top = new TopImages(model);
        for (int t : List.of(0, 5, 20)) {
            List<Integer> rows = top.rows(t, 9);
            Integer[] all = new Integer[p.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            int topic = t;
            Arrays.sort(all, (x, y) -> p[x][topic] != p[y][topic] ? Double.compare(p[y][topic], p[x][topic])
                    : Integer.compare(x, y));
            assertEquals(Arrays.asList(all).subList(0, 9), rows, "topic " + t);
        }
        TopicModel manual = ReportFixtures.fortunes();
        int[] topics = manual.topics();
        List<Integer> members = new java.util.ArrayList<>();
        for (int i = 0; i < topics.length && members.size() < 9; i++) {
            if (topics[i] == 3) {
                members.add(i);
            }
        }
        assertEquals(members, new TopImages(manual).rows(3, 9), "without a matrix: the topic's own members");
    }
}
