package org.bertopic4j.vectorize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CountVectorizer.fit_transform} in one pass over the documents: ranges of documents are analysed
 * in parallel, each into its own local vocabulary and count rows; the local vocabularies are merged, the
 * merged vocabulary is sorted by code point, pruned ({@link VocabularyPruner}), and the count rows are
 * re-indexed to the final columns.
 */
final class CountFitter {
    private CountFitter() {
    }

    /** The analysis of one range of documents. */
    private static final class Block {
        Map<String, Integer> localIds = new HashMap<>();
        final List<String> localTerms = new ArrayList<>();
        final SparseRows rows = new SparseRows();
        int[] localToGlobal;

        int id(String term) {
            Integer id = localIds.get(term);
            if (id == null) {
                id = localTerms.size();
                localIds.put(term, id);
                localTerms.add(term);
            }
            return id;
        }
    }

    /** The merged vocabulary in code-point order and each first-seen (global) term id's rank in it. */
    private record SortedTerms(String[] terms, int[] globalToSorted) {
    }

    static CountVectorizer.FitResult fit(TermAnalyzer analyzer, List<String> documents, DfLimit minDf,
            DfLimit maxDf, int maxFeatures) {
        List<Block> blocks = analyse(analyzer, documents);
        SortedTerms sorted = sort(merge(blocks));
        int n = sorted.terms().length;
        int[] df = new int[n];
        long[] tf = new long[n];
        for (Block block : blocks) {
            for (int k = 0; k < block.rows.nnz(); k++) {
                int s = sorted.globalToSorted()[block.localToGlobal[block.rows.idAt(k)]];
                df[s]++;
                tf[s] += block.rows.countAt(k);
            }
        }
        boolean[] keep = VocabularyPruner.keep(df, tf, documents.size(), minDf, maxDf, maxFeatures);
        int[] sortedToColumn = new int[n];
        List<String> vocabulary = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            sortedToColumn[s] = keep[s] ? vocabulary.size() : -1;
            if (keep[s]) {
                vocabulary.add(sorted.terms()[s]);
            }
        }
        List<SparseRows> columns = Chunks.inParallel(blocks, block -> {
            int[] localToColumn = new int[block.localToGlobal.length];
            for (int i = 0; i < localToColumn.length; i++) {
                localToColumn[i] = sortedToColumn[sorted.globalToSorted()[block.localToGlobal[i]]];
            }
            return block.rows.remap(localToColumn);
        });
        FittedCountVectorizer fitted = new FittedCountVectorizer(analyzer, vocabulary);
        return new CountVectorizer.FitResult(fitted, SparseRows.concat(columns, vocabulary.size()));
    }

    /** Analyses ranges of documents in parallel, each into a local vocabulary and count rows. */
    private static List<Block> analyse(TermAnalyzer analyzer, List<String> documents) {
        return Chunks.map(documents, (from, to) -> {
            Block block = new Block();
            for (int d = from; d < to; d++) {
                analyzer.terms(documents.get(d), term -> block.rows.add(block.id(term)));
                block.rows.endRow();
            }
            block.localIds = null;
            return block;
        });
    }

    /**
     * Merges the local vocabularies in document order, setting each block's local-to-global id map.
     *
     * @return the terms by global id (first occurrence order)
     * @throws IllegalArgumentException when no document has a term ("empty vocabulary")
     */
    private static List<String> merge(List<Block> blocks) {
        int localTotal = 0;
        for (Block block : blocks) {
            localTotal += block.localTerms.size();
        }
        Map<String, Integer> globalIds = new HashMap<>(Math.max(16, Math.min(localTotal, 1 << 26) * 4 / 3 + 1));
        List<String> terms = new ArrayList<>();
        for (Block block : blocks) {
            block.localToGlobal = new int[block.localTerms.size()];
            for (int i = 0; i < block.localToGlobal.length; i++) {
                String term = block.localTerms.get(i);
                Integer g = globalIds.putIfAbsent(term, terms.size());
                if (g == null) {
                    g = terms.size();
                    terms.add(term);
                }
                block.localToGlobal[i] = g;
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("empty vocabulary: the documents hold no token of two or more word "
                    + "characters (perhaps the documents only contain stop words or are empty strings); give "
                    + "documents with words");
        }
        return terms;
    }

    private static SortedTerms sort(List<String> terms) {
        String[] sorted = terms.toArray(new String[0]);
        CodePointOrder.sort(sorted);
        Map<String, Integer> rank = new HashMap<>(sorted.length * 2);
        for (int s = 0; s < sorted.length; s++) {
            rank.put(sorted[s], s);
        }
        int[] globalToSorted = new int[sorted.length];
        for (int g = 0; g < globalToSorted.length; g++) {
            globalToSorted[g] = rank.get(terms.get(g));
        }
        return new SortedTerms(sorted, globalToSorted);
    }
}
