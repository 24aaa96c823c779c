package org.bertopic4j.vectorize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * sklearn's default preprocessing and tokenization: {@code str.lower()} followed by
 * {@code re.findall(r"(?u)\b\w\w+\b", doc)} with Python's Unicode {@code \w}.
 *
 * <p>Python's {@code \w} matches the characters for which {@code str.isalnum()} is true, plus
 * {@code '_'}: every letter (general categories Lu, Ll, Lt, Lm, Lo) and every number (Nd, Nl, No).
 * Java's {@code \w}, even with {@code UNICODE_CHARACTER_CLASS}, differs: it also matches combining
 * marks (Mn, Mc, Me), connector punctuation such as {@code U+203F} and the join controls, and it
 * misses numbers of category No such as {@code '²'} or {@code '½'}. Hence this hand-written scanner.
 * Because {@code \b\w\w+\b} can only start where a word run starts and its greedy {@code \w+} must end
 * where the run ends, the matches are exactly the maximal runs of two or more word code points.
 */
final class WordTokenizer {
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c) || c == '_';
        }
    }

    private WordTokenizer() {
    }

    /** Whether {@code cp} is a word character of Python's Unicode regular expressions. */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return ASCII_WORD[cp];
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Python's {@code str.lower()}: full Unicode lower-casing, independent of the default locale. */
    static String lower(String doc) {
        return doc.toLowerCase(Locale.ROOT);
    }

    /** The tokens of {@code text} (already preprocessed), in order: runs of at least two word code points. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int codePoints = 0;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
                codePoints++;
            }
            if (codePoints >= 2) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }
}
