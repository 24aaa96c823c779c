package org.bertopic4j.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bertopic4j.ImageSource;
import org.bertopic4j.Representation;
import org.bertopic4j.TopicInfo;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.owasp.encoder.Encode;

/**
 * The HTML of the topic-info table and of the per-topic sections (a 3x3 tile of the topic's top
 * images and its representative documents). Every piece of text goes through the OWASP encoder for
 * its context: {@code forHtml} for element content, {@code forHtmlAttribute} for attribute values.
 */
final class TopicSections {
    private static final int TILE = 9;

    private final TopicModel model;
    private final List<ImageSource> images;
    private final int thumbnailSize;
    private final TopImages topImages;

    TopicSections(TopicModel model, List<ImageSource> images, int thumbnailSize) {
        this.model = model;
        this.images = images;
        this.thumbnailSize = thumbnailSize;
        this.topImages = new TopImages(model);
    }

    /** BERTopic's {@code get_topic_info()} as a table: Topic, Count, Name, Representation, then each aspect. */
    String table() {
        List<TopicInfo> rows = model.topicInfo();
        List<String> aspects = List.copyOf(model.aspects().keySet());
        StringBuilder sb = new StringBuilder("<table class=\"info\"><thead><tr><th>Topic</th><th>Count</th>"
                + "<th>Name</th><th>Representation</th>");
        aspects.forEach(a -> sb.append("<th>").append(Encode.forHtml(a)).append("</th>"));
        sb.append("</tr></thead><tbody>");
        for (TopicInfo row : rows) {
            sb.append("<tr><td><a href=\"#topic-").append(row.topic()).append("\">").append(row.topic())
                    .append("</a></td><td>").append(row.count()).append("</td><td>").append(Encode.forHtml(row.name()))
                    .append("</td><td>").append(Encode.forHtml(String.join(", ", nonEmpty(row.representation()))))
                    .append("</td>");
            for (String a : aspects) {
                sb.append("<td>").append(aspect(row.aspects().get(a), row.name() + " " + a)).append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    /** One section per topic: heading, top-images tile (when the corpus has images) and representative docs. */
    String sections() {
        StringBuilder sb = new StringBuilder();
        Map<Integer, Integer> sizes = model.topicSizes();
        for (int topic : model.topicIds()) {
            sb.append("<section class=\"topic\" id=\"topic-").append(topic).append("\"><h3>")
                    .append(Encode.forHtml(model.name(topic))).append(" <small>(").append(sizes.get(topic))
                    .append(topic < 0 ? " outlier documents" : " documents").append(")</small></h3>");
            if (images != null) {
                sb.append(tile(topic));
            }
            sb.append("<div class=\"docs\"><h4>Representative documents</h4><ol>");
            for (String doc : model.representativeDocs(topic)) {
                sb.append("<li>").append(Encode.forHtml(doc)).append("</li>");
            }
            sb.append("</ol></div></section>");
        }
        return sb.toString();
    }

    private String tile(int topic) {
        StringBuilder sb = new StringBuilder("<div class=\"tile\">");
        for (int row : topImages.rows(topic, TILE)) {
            ImageSource source = images.get(row);
            Optional<String> uri = Thumbnails.dataUri(source, thumbnailSize);
            String name = shortName(source);
            if (uri.isPresent()) {
                sb.append("<img src=\"").append(Encode.forHtmlAttribute(uri.get())).append("\" alt=\"")
                        .append(Encode.forHtmlAttribute(name)).append("\" title=\"")
                        .append(Encode.forHtmlAttribute(name)).append("\"/>");
            } else {
                sb.append("<div class=\"missing\" title=\"").append(Encode.forHtmlAttribute(source.name()))
                        .append("\">image unavailable</div>");
            }
        }
        return sb.append("</div>").toString();
    }

    private String aspect(Representation r, String alt) {
        if (r == null) {
            return "";
        }
        if (r instanceof Representation.Words w) {
            return Encode.forHtml(String.join(", ", nonEmpty(w.words().stream().map(WordScore::word).toList())));
        }
        if (r instanceof Representation.Label l) {
            return Encode.forHtml(l.text());
        }
        Representation.Picture p = (Representation.Picture) r;
        String uri = Thumbnails.dataUri(p.image(), 2 * thumbnailSize);
        return "<img class=\"aspect\" src=\"" + Encode.forHtmlAttribute(uri) + "\" alt=\""
                + Encode.forHtmlAttribute(alt) + "\"/>";
    }

    private static List<String> nonEmpty(List<String> words) {
        return words.stream().filter(w -> !w.isEmpty()).toList();
    }

    private static String shortName(ImageSource source) {
        return source.path().map(p -> p.getFileName().toString()).orElse(source.name());
    }
}
