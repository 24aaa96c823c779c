package org.bertopic4j.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.clip.ClipBackend;
import org.bertopic4j.djl.image.BadImagePolicy;
import org.bertopic4j.djl.image.ImageFeatureBackend;
import org.bertopic4j.djl.image.ImagePreprocessor;
import org.bertopic4j.djl.image.PixelBatch;
import org.bertopic4j.io.Npy;

/**
 * {@code EmbedImages --model <dir> --images <file|dir>... [--batch-size 32] [--runs 3] [--out <.npy>]}:
 * image embeddings with the image feature backend (or the CLIP vision tower when the directory holds a CLIP
 * export), images/s end to end (decoding and preprocessing included), and the share of that time the
 * backend's own decode-and-preprocess step ({@link PixelBatch#load}, same batches) takes when run on its own
 * over the same images; {@code decode_sequential} is plain one-by-one ImageIO decoding for reference. When file names look like
 * {@code category-NNN.jpg}, quality reports leave-one-out 1-NN category accuracy (cosine).
 */
public final class EmbedImages {
    private EmbedImages() {
    }

    /** Runs the benchmark and prints one JSON object. */
    public static void main(String[] argv) throws Exception {
        ImageArgs parsed = new ImageArgs(argv);
        BenchmarkArgs args = parsed.rest;
        Path model = Path.of(args.require("model"));
        int runs = args.getInt("runs", 3);
        int batch = args.getInt("batch-size", 32);
        List<ImageSource> images = parsed.images.stream().map(ImageSource::of).toList();
        Map<String, Object> params = new LinkedHashMap<>(args.asMap());
        params.put("images", images.size());
        BenchmarkReport report = new BenchmarkReport("EmbedImages", params);
        boolean clip = Files.isRegularFile(model.resolve("tokenizer.json"));
        BenchmarkReport.resetPeakHeap();
        try (EmbeddingBackend backend = clip ? ClipBackend.builder(model).batchSize(batch).build()
                : ImageFeatureBackend.builder(model).batchSize(batch).build()) {
            ImagePreprocessor pre = ImagePreprocessor.fromModelDirectory(model);
            float[][] vectors = backend.embedImages(images); // warm-up
            double[] total = new double[runs];
            double[] decode = new double[runs];
            double[] prepared = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                vectors = backend.embedImages(images);
                total[r] = BenchmarkReport.since(t0);
                t0 = System.nanoTime();
                for (ImageSource s : images) {
                    s.read();
                }
                decode[r] = BenchmarkReport.since(t0);
                t0 = System.nanoTime();
                for (int from = 0; from < images.size(); from += batch) {
                    PixelBatch.load(images, from, Math.min(images.size(), from + batch), pre, BadImagePolicy.FAIL);
                }
                prepared[r] = BenchmarkReport.since(t0);
            }
            double t = BenchmarkReport.median(total);
            double d = BenchmarkReport.median(decode);
            double p = BenchmarkReport.median(prepared);
            report.put("backend", clip ? "ClipBackend" : "ImageFeatureBackend").put("n", images.size())
                    .put("dimension", vectors[0].length).put("images_per_second", images.size() / t)
                    .put("decode_and_preprocess_share", p / t)
                    .seconds("total", t).seconds("decode_and_preprocess", p).seconds("decode_sequential", d)
                    .seconds("model_and_overhead", t - p).put("peak_heap_mb", BenchmarkReport.peakHeapMb());
            Double accuracy = nearestNeighbourAccuracy(parsed.images, vectors);
            if (accuracy != null) {
                report.quality("loo_1nn_category_accuracy", accuracy);
            }
            if (args.has("out")) {
                Npy.write(Path.of(args.require("out")), vectors);
            }
        }
        report.print();
    }

    /** Leave-one-out 1-NN (cosine) accuracy of the category in the file name, or null without categories. */
    static Double nearestNeighbourAccuracy(List<Path> files, float[][] v) {
        List<String> categories = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            int dash = name.lastIndexOf('-');
            if (dash <= 0) {
                return null;
            }
            categories.add(name.substring(0, dash));
        }
        double[] norms = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            for (float x : v[i]) {
                norms[i] += x * x;
            }
            norms[i] = Math.sqrt(norms[i]);
        }
        int correct = 0;
        for (int i = 0; i < v.length; i++) {
            int best = -1;
            double bestSim = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < v.length; j++) {
                if (j == i) {
                    continue;
                }
                double dot = 0;
                for (int k = 0; k < v[i].length; k++) {
                    dot += v[i][k] * v[j][k];
                }
                double sim = dot / (norms[i] * norms[j]);
                if (sim > bestSim) {
                    bestSim = sim;
                    best = j;
                }
            }
            correct += best >= 0 && categories.get(best).equals(categories.get(i)) ? 1 : 0;
        }
        return correct / (double) v.length;
    }
}
