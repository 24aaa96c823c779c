package org.bertopic4j.vectorize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The input of c-TF-IDF: one document per topic, as BERTopic's {@code _c_tf_idf} builds it (spec section
 * 2.7 steps 1-2). The documents of each topic are joined with a single space in input order, topics in
 * ascending id order ({@code -1} first), and each joined document is cleaned with {@link #clean}.
 */
public final class TopicDocuments {
    private static final Pattern NON_ENGLISH = Pattern.compile("[^A-Za-z0-9 ]+");

    private final int[] topics;
    private final List<String> documents;

    private TopicDocuments(int[] topics, List<String> documents) {
        this.topics = topics;
        this.documents = documents;
    }

    /**
     * BERTopic's {@code _preprocess_text} for one document: {@code \n} and {@code \t} become spaces; with
     * {@code englishCleaning} (BERTopic's {@code language == "english"}, which BERTopic turns off whenever an
     * embedding model is given) every character outside {@code [A-Za-z0-9 ]} is removed; an empty result
     * becomes {@code "emptydoc"}.
     *
     * @throws IllegalArgumentException when {@code document} is null
     */
    public static String clean(String document, boolean englishCleaning) {
        if (document == null) {
            throw new IllegalArgumentException("document is null: give a string");
        }
        String s = document.replace('\n', ' ').replace('\t', ' ');
        if (englishCleaning) {
            s = NON_ENGLISH.matcher(s).replaceAll("");
        }
        return s.isEmpty() ? "emptydoc" : s;
    }

    /**
     * Groups {@code documents} by topic, joins each group with {@code " "} and cleans it.
     *
     * @param documents the documents
     * @param topics the topic of each document ({@code -1} for outliers)
     * @param englishCleaning whether to strip {@code [^A-Za-z0-9 ]} (see {@link #clean})
     * @throws IllegalArgumentException when an argument is null, empty, holds null, or the lengths differ
     */
    public static TopicDocuments join(List<String> documents, int[] topics, boolean englishCleaning) {
        CountVectorizer.requireDocuments(documents);
        if (topics == null || topics.length != documents.size()) {
            throw new IllegalArgumentException("topics has " + (topics == null ? "no array (null)"
                    : topics.length + " entries") + " but documents has " + documents.size()
                    + "; give one topic per document");
        }
        TreeMap<Integer, StringBuilder> joined = new TreeMap<>();
        for (int i = 0; i < topics.length; i++) {
            StringBuilder sb = joined.get(topics[i]);
            if (sb == null) {
                joined.put(topics[i], new StringBuilder(documents.get(i)));
            } else {
                sb.append(' ').append(documents.get(i));
            }
        }
        int[] ids = new int[joined.size()];
        List<String> docs = new ArrayList<>(joined.size());
        int i = 0;
        for (var e : joined.entrySet()) {
            ids[i++] = e.getKey();
            docs.add(clean(e.getValue().toString(), englishCleaning));
        }
        return new TopicDocuments(ids, Collections.unmodifiableList(docs));
    }

    /** The topic ids in ascending order (row order of the c-TF-IDF matrix); a copy. */
    public int[] topics() {
        return topics.clone();
    }

    /** The cleaned, joined document of each topic, aligned with {@link #topics()}. Unmodifiable. */
    public List<String> documents() {
        return documents;
    }

    @Override
    public String toString() {
        return "TopicDocuments[" + topics.length + " topics]";
    }
}
