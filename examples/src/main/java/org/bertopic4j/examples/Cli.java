package org.bertopic4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** The {@code main} of the workflow examples: parse the options, run, and turn bad options into a usage message. */
final class Cli {
    private Cli() {
    }

    static void main(String example, Path defaultOut, String[] args,
            BiFunction<ExampleOptions, PrintStream, Path> run) {
        ExampleOptions options;
        try {
            options = ExampleOptions.parse(args, defaultOut);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ExampleOptions.usage(example, defaultOut.toString()));
            System.exit(2);
            return;
        }
        run.apply(options, System.out);
    }
}
