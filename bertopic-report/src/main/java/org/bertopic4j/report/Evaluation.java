package org.bertopic4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bertopic4j.DocumentInfo;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.evaluation.ClusterAgreement;
import org.bertopic4j.evaluation.NpmiCoherence;
import org.bertopic4j.evaluation.TopicDiversity;
import org.owasp.encoder.Encode;

/**
 * The report's evaluation block, with the measures of the BERTopic paper from core's evaluation
 * package: NPMI coherence (gensim c_npmi: top 10 words, window 10, the corpus tokenised by the
 * model's own vectorizer, outlier topic excluded), topic diversity (top 10 words), and ARI / NMI of
 * the topics against gold labels when they are given (every document, outliers as their own label).
 */
final class Evaluation {
    private static final int TOP_K = 10;
    private static final int WINDOW = 10;

    private Evaluation() {
    }

    /** Measure name -> value, in display order. */
    static Map<String, Double> measures(TopicModel model, int[] goldLabels) {
        List<List<WordScore>> topics = new ArrayList<>();
        model.topicRepresentations().forEach((t, words) -> {
            if (t >= 0) {
                topics.add(words);
            }
        });
        Map<String, Double> out = new LinkedHashMap<>();
        if (!topics.isEmpty()) {
            List<List<String>> tokens = new ArrayList<>();
            for (DocumentInfo doc : model.documentInfo()) {
                tokens.add(model.vectorizer().tokenize(doc.document()));
            }
            out.put("NPMI coherence", NpmiCoherence.of(topics, tokens, TOP_K, WINDOW));
            out.put("Topic diversity", TopicDiversity.of(topics, TOP_K));
        }
        if (goldLabels != null) {
            int[] predicted = model.topics();
            out.put("Adjusted Rand index", ClusterAgreement.adjustedRandIndex(goldLabels, predicted));
            out.put("Normalised mutual information", ClusterAgreement.normalizedMutualInformation(goldLabels,
                    predicted));
        }
        return out;
    }

    /** The measures as an HTML table with a note on how they were computed. */
    static String render(Map<String, Double> measures) {
        StringBuilder sb = new StringBuilder("<table class=\"eval\"><tbody>");
        measures.forEach((name, value) -> sb.append("<tr><th>").append(Encode.forHtml(name)).append("</th><td>")
                .append(Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value)).append("</td></tr>"));
        return sb.append("</tbody></table><p class=\"note\">NPMI: gensim c_npmi over the model's tokenised "
                + "documents, top ").append(TOP_K).append(" words, window ").append(WINDOW)
                .append("; diversity: unique share of the top ").append(TOP_K)
                .append(" words; ARI / NMI: all documents, outliers as one label. Outlier topic excluded from NPMI"
                        + " and diversity.</p>").toString();
    }
}
