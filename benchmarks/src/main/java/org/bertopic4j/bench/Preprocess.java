package org.bertopic4j.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.image.ImagePreprocessor;
import org.bertopic4j.io.Npy;

/**
 * {@code Preprocess --model <dir> --images <file|dir>... --out <.npy>}: writes the pixel tensor the image
 * backend would feed its model for these images (float32, N x C x H x W, or N x H x W x C for an NHWC model),
 * to compare the preprocessing with reference tensors, and reports the preprocessing time.
 */
public final class Preprocess {
    private Preprocess() {
    }

    /** Runs the preprocessing and prints one JSON object. */
    public static void main(String[] argv) throws Exception {
        ImageArgs parsed = new ImageArgs(argv);
        BenchmarkArgs args = parsed.rest;
        Path out = Path.of(args.require("out"));
        ImagePreprocessor pre = ImagePreprocessor.fromModelDirectory(Path.of(args.require("model")));
        List<ImageSource> images = parsed.images.stream().map(ImageSource::of).toList();
        Map<String, Object> params = new LinkedHashMap<>(args.asMap());
        params.put("images", images.size());
        BenchmarkReport report = new BenchmarkReport("Preprocess", params);
        int size = pre.imageSize();
        float[] tensor = new float[images.size() * size];
        long t0 = System.nanoTime();
        for (int i = 0; i < images.size(); i++) {
            pre.preprocess(images.get(i).read(), tensor, i * size);
        }
        double seconds = BenchmarkReport.since(t0);
        long[] shape = pre.imageShape();
        Npy.write(out, tensor, images.size(), (int) shape[0], (int) shape[1], (int) shape[2]);
        report.put("n", images.size()).put("shape", List.of(images.size(), shape[0], shape[1], shape[2]))
                .put("layout", pre.config().layout().name()).put("images_per_second", images.size() / seconds)
                .seconds("total", seconds).put("peak_heap_mb", BenchmarkReport.peakHeapMb());
        report.print();
    }
}
