package org.bertopic4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.ImageSource;
import org.bertopic4j.Representation;
import org.bertopic4j.TopicModel;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.reduce.IdentityReducer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Hostile text in every place the page shows text: documents, image names, labels, title, hierarchy. */
class EscapingTest {
    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "'; alert(3); var q='\"",
            "</textarea><script>alert(4)</script>",
            "]]><svg onload=alert(5)>",
            "</title><script>alert(6)</script>",
            "</style><script>alert(7)</script>",
            "&lt;b&gt; &amp; & literal entities");

    @Test
    void noPayloadSurvivesUnescapedAndEveryTextRoundTrips() {
        Corpus clipart = ReportFixtures.clipart();
        List<String> docs = new ArrayList<>();
        List<ImageSource> images = new ArrayList<>();
        List<ImageSource> real = clipart.images().orElseThrow();
        for (int i = 0; i < clipart.size(); i++) {
            String payload = PAYLOADS.get(i % PAYLOADS.size());
            docs.add(payload + " " + clipart.documents().orElseThrow().get(i));
            images.add(ImageSource.of(real.get(i).read(), payload));
        }
        Corpus corpus = Corpus.of(docs, images).withEmbeddings(clipart.embeddings().orElseThrow())
                .withLabels(clipart.labels().orElseThrow());
        TopicModel model = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer())
                .aspect("Hostile", (ctx, topics) -> {
                    java.util.Map<Integer, Representation> out = new java.util.LinkedHashMap<>();
                    topics.keySet().forEach(t -> out.put(t, new Representation.Label(PAYLOADS.get(
                            Math.floorMod(t, PAYLOADS.size())))));
                    return out;
                }).build().fit(corpus);
        List<String> leaves = PAYLOADS.subList(0, model.topicCount());
        List<TopicHierarchy.Merge> merges = ReportFixtures.averageLinkage(TopicVectors.of(model).vectors());
        String title = "</title><script>alert('title')</script>";
        String html = HtmlReport.builder(model, corpus).title(title)
                .hierarchy(new TopicHierarchy(leaves, merges)).build().render();

        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script tag");
        assertFalse(lower.contains("</textarea"), "no raw textarea end tag");
        assertFalse(lower.contains("<img src=x"), "no injected image");
        assertFalse(lower.contains("<svg onload"), "no injected svg");

        XmlPage page = new XmlPage(html);
        assertEquals(0, page.count("//*[local-name()='script']"));
        assertEquals(0, page.count("//@*[starts-with(name(), 'on')]"), "no event-handler attribute");
        for (Node img : page.nodes("//img")) {
            assertTrue(((Element) img).getAttribute("src").startsWith("data:image/jpeg;base64,"));
        }
        assertEquals(List.of(title, title), page.texts("/html/head/title | //h1"));
        for (int t : model.topicIds()) {
            assertEquals(model.representativeDocs(t), page.texts("//section[@id='topic-" + t + "']//li"));
            List<String> alts = page.nodes("//section[@id='topic-" + t + "']//img").stream()
                    .map(n -> ((Element) n).getAttribute("alt")).toList();
            List<String> expected = new TopImages(model).rows(t, 9).stream().map(r -> images.get(r).name()).toList();
            assertEquals(expected, alts);
        }
        List<String> labels = page.texts("//table[@class='info']/tbody/tr/td[5]");
        assertEquals(model.topicIds().stream().map(t -> PAYLOADS.get(Math.floorMod(t, PAYLOADS.size()))).toList(),
                labels);
        List<String> svgText = page.texts("//section[@id='hierarchy']//*[local-name()='text']");
        assertTrue(svgText.containsAll(leaves), "hierarchy labels shown verbatim: " + svgText);
        List<String> hovers = page.texts("//section[@id='documents']//*[local-name()='title']");
        assertEquals(corpus.size(), hovers.size());
        assertTrue(hovers.stream().anyMatch(h -> h.contains(PAYLOADS.get(0))), "document text in hover titles");
        assertFalse(html.contains(" & literal"), "a bare ampersand is encoded");
        assertTrue(html.contains("&amp;lt;b&amp;gt;"), "entities in the text are shown, not interpreted");
    }
}
