package org.bertopic4j.check;

/**
 * Checks of single configuration values shared by every builder of the library, so that each rule
 * has one wording: {@code "nNeighbors must be >= 2, got 1"}.
 */
public final class Arguments {
    private Arguments() {
    }

    /**
     * Returns {@code value} when it is at least {@code min}.
     *
     * @param name the setting's name, used in the message
     * @throws IllegalArgumentException {@code "<name> must be >= <min>, got <value>"} otherwise
     */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }
}
