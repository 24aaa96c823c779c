package org.bertopic4j.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.ImageSource;
import org.bertopic4j.io.CsvTable;

/**
 * An {@link ImageCaptioner} that looks captions up instead of generating them: each image's caption is
 * a column of the CSV file that lists it (for the bundled clip-art sample, the image's title and
 * description written by its author). It is the examples' stand-in for a real image-to-text model when
 * no captioning export (such as {@code Xenova/vit-gpt2-image-captioning}) is at hand: the captions are
 * real human descriptions, but they were not produced from the pixels, so topic words are as good as
 * the CSV's texts, not as good as a captioning model would make them. Pass {@code --captioner} to the
 * examples to use {@link org.bertopic4j.djl.caption.OnnxImageCaptioner} instead.
 *
 * <p>Images are matched by file path, resolved against the CSV's directory as
 * {@link org.bertopic4j.Corpus#fromCsv} resolves them. Immutable and thread-safe.
 */
public final class CsvCaptions implements ImageCaptioner {
    private final Path csv;
    private final Map<Path, String> captions;

    private CsvCaptions(Path csv, Map<Path, String> captions) {
        this.csv = csv;
        this.captions = captions;
    }

    /**
     * Reads the captions of a CSV file.
     *
     * @param csv the CSV file (header row, RFC 4180)
     * @param imageColumn the column with image paths, relative to the CSV's directory or absolute
     * @param captionColumn the column with the captions
     * @throws IllegalArgumentException when a column is missing or an image is listed twice with different captions
     * @throws UncheckedIOException when the file cannot be read
     */
    public static CsvCaptions fromCsv(Path csv, String imageColumn, String captionColumn) {
        if (csv == null || imageColumn == null || captionColumn == null) {
            throw new IllegalArgumentException("csv, imageColumn and captionColumn must not be null, got " + csv + ", "
                    + imageColumn + ", " + captionColumn);
        }
        CsvTable table;
        try {
            table = CsvTable.parse(Files.readString(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV " + csv + ": " + e.getMessage(), e);
        }
        List<String> paths = table.column(imageColumn);
        List<String> texts = table.column(captionColumn);
        Path base = csv.toAbsolutePath().getParent();
        Map<Path, String> captions = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            Path key = base.resolve(paths.get(i)).normalize();
            String earlier = captions.putIfAbsent(key, texts.get(i));
            if (earlier != null && !earlier.equals(texts.get(i))) {
                throw new IllegalArgumentException(csv + " lists image " + paths.get(i) + " twice with different "
                        + captionColumn + " values (\"" + earlier + "\", \"" + texts.get(i) + "\"); give one caption per image");
            }
        }
        return new CsvCaptions(csv, Map.copyOf(captions));
    }

    /**
     * The CSV caption of each image.
     *
     * @throws IllegalArgumentException naming the image when it is not a file listed in the CSV
     */
    @Override
    public List<String> caption(List<ImageSource> images) {
        if (images == null) {
            throw new IllegalArgumentException("images is null: give a list of images listed in " + csv);
        }
        List<String> out = new ArrayList<>(images.size());
        for (ImageSource image : images) {
            Path key = image.path().map(p -> p.toAbsolutePath().normalize()).orElseThrow(() ->
                    new IllegalArgumentException("image " + image.name() + " is not a file; CsvCaptions only knows the "
                            + "image files listed in " + csv));
            String caption = captions.get(key);
            if (caption == null) {
                throw new IllegalArgumentException("image " + key + " is not listed in " + csv
                        + "; caption it with a real captioner (--captioner) or add it to the CSV");
            }
            out.add(caption);
        }
        return out;
    }

    /** The number of captioned images. */
    public int size() {
        return captions.size();
    }

    @Override
    public String toString() {
        return "CsvCaptions[" + csv + ", " + captions.size() + " images]";
    }
}
