/**
 * Runnable examples of BERTopic4j, each a {@code main} that works offline on data bundled in this
 * module. The three multimodal workflows of BERTopic's documentation:
 * {@link org.bertopic4j.examples.MultimodalTopics} (images and texts embedded together; the module's
 * default {@code exec:java} main), {@link org.bertopic4j.examples.ImageOnlyTopics} (images alone, topics
 * named from captions) and {@link org.bertopic4j.examples.CaptionThenTextTopics} (images captioned, then
 * modelled as text); each reads a CSV with {@code text} and {@code image_path} columns (by default 240
 * public-domain clip-art images), announces the models it uses, prints the topic table and writes a
 * self-contained HTML report. Without model options they use the embedded all-MiniLM-L6-v2, the bundled
 * MobileNetV2 and {@link org.bertopic4j.examples.CsvCaptions} in place of a captioning model; CLIP and
 * captioning exports are given as Hugging Face ids or directories. {@link org.bertopic4j.examples.TextTopics}
 * models bundled short texts. {@link org.bertopic4j.examples.ProgressBars} renders the library's progress
 * listener as console progress bars.
 */
package org.bertopic4j.examples;
