package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples' command line: defaults, every option, and bad input refused with a message that names it. */
class ExampleOptionsTest {
    private static final Path DEFAULT_OUT = Path.of("x.html");

    @Test
    void noArgumentsGiveTheOfflineDefaults() {
        ExampleOptions o = ExampleOptions.parse(new String[0], DEFAULT_OUT);
        assertEquals(new ExampleOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_OUT, 42, 5), o);
    }

    @Test
    void everyOptionIsRead() {
        ExampleOptions o = ExampleOptions.parse(new String[] {"--csv", "a.csv", "--clip", "Xenova/clip-vit-base-patch32",
            "--captioner", "models/vit-gpt2", "--text-model", "sentence-transformers/all-mpnet-base-v2", "--out",
            "r.html", "--seed", "7", "--min-topic-size", "12"}, DEFAULT_OUT);
        assertEquals(new ExampleOptions(Optional.of(Path.of("a.csv")), Optional.of("Xenova/clip-vit-base-patch32"),
                Optional.of("models/vit-gpt2"), Optional.of("sentence-transformers/all-mpnet-base-v2"),
                Path.of("r.html"), 7, 12), o);
    }

    @Test
    void badInputIsRefusedNamingTheOptionAndValue() {
        assertMessage("unknown option --clipp", "--clipp", "x");
        assertMessage("option --out has no value", "--out");
        assertMessage("option --csv has no value", "--csv", " ");
        assertMessage("--seed must be an integer, got 'abc'", "--seed", "abc");
        assertMessage("--min-topic-size must be >= 2, got 1", "--min-topic-size", "1");
        assertMessage("--min-topic-size must be an integer, got '2.5'", "--min-topic-size", "2.5");
        assertThrows(IllegalArgumentException.class, () -> ExampleOptions.parse(null, DEFAULT_OUT));
    }

    @Test
    void usageListsEveryOption() {
        String usage = ExampleOptions.usage("MultimodalTopics", "multimodal-topics.html");
        for (String option : new String[] {"--csv", "--clip", "--captioner", "--text-model", "--out", "--seed",
            "--min-topic-size", "multimodal-topics.html"}) {
            assertTrue(usage.contains(option), option);
        }
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExampleOptions.parse(args, DEFAULT_OUT));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
