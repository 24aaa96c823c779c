package org.bertopic4j.operations;

import java.util.List;

/**
 * One merge of {@link HierarchicalTopics} (a row of BERTopic's {@code hierarchical_topics} DataFrame). Ids
 * below the number of topics are topics; larger ids are earlier merges ({@code n + merge index}).
 *
 * @param parentId the id of the merged cluster
 * @param parentName its top five c-TF-IDF words joined with {@code "_"}
 * @param topics the topics below it, ascending
 * @param childLeftId the left child's id
 * @param childLeftName the left child's name (a topic's first five words, or an earlier parent's name)
 * @param childRightId the right child's id
 * @param childRightName the right child's name
 * @param distance the merge height
 */
public record HierarchyRow(int parentId, String parentName, List<Integer> topics, int childLeftId,
                           String childLeftName, int childRightId, String childRightName, double distance) {
    /** Copies the topic list. */
    public HierarchyRow {
        topics = List.copyOf(topics);
    }
}
