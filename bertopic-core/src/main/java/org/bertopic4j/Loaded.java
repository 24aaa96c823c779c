package org.bertopic4j;

/** The check behind the accessors of parts a model loaded from a directory may lack. */
final class Loaded {
    private Loaded() {
    }

    /**
     * {@code value}, or an {@link IllegalStateException} saying that the model was loaded without it.
     */
    static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("this model was loaded without " + what + ": BERTopic's directory format does "
                    + "not keep it (save from Java with SaveOptions.javaState(true) and documents(true), and with c-TF-IDF, "
                    + "to keep everything)");
        }
        return value;
    }
}
