/**
 * Runnable examples: {@link org.bertopic4j.examples.TextTopics} (topics of short texts with the embedded
 * all-MiniLM-L6-v2) and, as they arrive, the three multimodal workflows.
 */
package org.bertopic4j.examples;
