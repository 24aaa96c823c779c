package org.bertopic4j.examples;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line shared by the workflow examples, parsed and checked before any work:
 * <pre>
 * --csv FILE            CSV with 'text' and 'image_path' columns (default: the bundled clip-art sample)
 * --clip ID|DIR         CLIP ONNX export, Hugging Face id or directory (default: MiniLM + MobileNetV2)
 * --captioner ID|DIR    image-captioning ONNX export (default: the CSV's texts, see CsvCaptions)
 * --text-model ID|DIR   sentence-transformers ONNX export (default: the embedded all-MiniLM-L6-v2)
 * --out FILE            the HTML report to write (default: the example's own name in the working directory)
 * --seed N              seed of every random step (default 42)
 * --min-topic-size N    minimum topic size (default 5)
 * </pre>
 *
 * @param csv the CSV file, empty for the bundled sample
 * @param clip the CLIP model, if given
 * @param captioner the captioning model, if given
 * @param textModel the text model, if given
 * @param out the report file
 * @param seed the seed
 * @param minTopicSize the minimum topic size
 */
public record ExampleOptions(Optional<Path> csv, Optional<String> clip, Optional<String> captioner,
        Optional<String> textModel, Path out, long seed, int minTopicSize) {
    /** The default seed. */
    public static final long DEFAULT_SEED = 42;
    /** The default minimum topic size (the mission's 5: the bundled sample has 30 images per category). */
    public static final int DEFAULT_MIN_TOPIC_SIZE = 5;

    /** The usage text of an example. */
    static String usage(String example, String defaultOut) {
        return "usage: " + example + " [--csv FILE] [--clip ID|DIR] [--captioner ID|DIR] [--text-model ID|DIR]"
                + " [--out FILE] [--seed N] [--min-topic-size N]\n"
                + "  --csv FILE          CSV with 'text' and 'image_path' columns (default: bundled clip-art sample)\n"
                + "  --clip ID|DIR       CLIP ONNX export (default: all-MiniLM-L6-v2 + MobileNetV2, concatenated)\n"
                + "  --captioner ID|DIR  image-captioning ONNX export (default: the CSV's texts as captions)\n"
                + "  --text-model ID|DIR sentence-transformers ONNX export (default: embedded all-MiniLM-L6-v2)\n"
                + "  --out FILE          HTML report (default: " + defaultOut + ")\n"
                + "  --seed N            seed (default " + DEFAULT_SEED + ")\n"
                + "  --min-topic-size N  minimum topic size, at least 2 (default " + DEFAULT_MIN_TOPIC_SIZE + ")";
    }

    /**
     * Parses the arguments.
     *
     * @param args the command line
     * @param defaultOut the report file when {@code --out} is not given
     * @throws IllegalArgumentException naming the option and value when an option is unknown, lacks its
     *     value or has a bad value
     */
    public static ExampleOptions parse(String[] args, Path defaultOut) {
        if (args == null) {
            throw new IllegalArgumentException("args is null: give the command-line arguments (possibly none)");
        }
        Path csv = null;
        String clip = null;
        String captioner = null;
        String textModel = null;
        Path out = defaultOut;
        long seed = DEFAULT_SEED;
        int minTopicSize = DEFAULT_MIN_TOPIC_SIZE;
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length || args[i + 1].isBlank()) {
                throw new IllegalArgumentException("option " + option + " has no value; "
                        + "options come in pairs such as --out topics.html");
            }
            String value = args[i + 1];
            switch (option) {
                case "--csv" -> csv = Path.of(value);
                case "--clip" -> clip = value;
                case "--captioner" -> captioner = value;
                case "--text-model" -> textModel = value;
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = number(option, value);
                case "--min-topic-size" -> minTopicSize = minTopicSize(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "; known options are --csv,"
                        + " --clip, --captioner, --text-model, --out, --seed and --min-topic-size");
            }
        }
        return new ExampleOptions(Optional.ofNullable(csv), Optional.ofNullable(clip), Optional.ofNullable(captioner),
                Optional.ofNullable(textModel), out, seed, minTopicSize);
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be an integer, got '" + value + "'");
        }
    }

    private static int minTopicSize(String value) {
        long n = number("--min-topic-size", value);
        if (n < 2 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--min-topic-size must be >= 2, got " + value
                    + "; a topic needs at least two documents");
        }
        return (int) n;
    }
}
