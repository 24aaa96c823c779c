/**
 * Topic-model evaluation: {@link org.bertopic4j.evaluation.NpmiCoherence} (gensim's c_npmi),
 * {@link org.bertopic4j.evaluation.TopicDiversity}, and
 * {@link org.bertopic4j.evaluation.ClusterAgreement} (ARI and NMI against gold labels) — the measures
 * of the BERTopic paper, so results can be compared with it.
 */
package org.bertopic4j.evaluation;
