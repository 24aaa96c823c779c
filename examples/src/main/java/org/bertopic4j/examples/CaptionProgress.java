package org.bertopic4j.examples;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.ImageSource;
import org.bertopic4j.ProgressListener;

/**
 * Captions images in chunks with another captioner, reporting step {@code "caption"} to a progress
 * listener after each chunk: captioning a few hundred images takes minutes on a CPU. Closing it closes
 * the wrapped captioner.
 */
final class CaptionProgress implements ImageCaptioner {
    private static final int CHUNK = 8;
    private final ImageCaptioner captioner;
    private final ProgressListener progress;

    CaptionProgress(ImageCaptioner captioner, ProgressListener progress) {
        this.captioner = captioner;
        this.progress = progress;
    }

    @Override
    public List<String> caption(List<ImageSource> images) {
        List<String> captions = new ArrayList<>(images.size());
        progress.progress("caption", 0, images.size());
        for (int from = 0; from < images.size(); from += CHUNK) {
            captions.addAll(captioner.caption(images.subList(from, Math.min(images.size(), from + CHUNK))));
            progress.progress("caption", captions.size(), images.size());
        }
        return captions;
    }

    @Override
    public void close() {
        captioner.close();
    }

    @Override
    public String toString() {
        return captioner.toString();
    }
}
