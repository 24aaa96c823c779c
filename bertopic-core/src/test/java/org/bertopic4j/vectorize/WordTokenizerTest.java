package org.bertopic4j.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tokenization and lower-casing follow Python 3.11: every expected list below is what
 * {@code re.findall(r"(?u)\b\w\w+\b", s.lower())} returns in CPython 3.11 (Unicode 14).
 */
class WordTokenizerTest {

    private static List<String> analyse(String s) {
        return WordTokenizer.tokens(WordTokenizer.lower(s));
    }

    @Test
    void asciiTokensAreRunsOfTwoOrMoreWordCharacters() {
        assertEquals(List.of("a_b", "__", "14", "mail"), analyse("a_b __ _ 3.14 e-mail"));
        assertEquals(List.of("hello", "world", "x2"), analyse("Hello, World! a x2"));
    }

    @Test
    void combiningMarksAreNotWordCharactersAsInPython() {
        // Python: 'x\u0301y ab\u0301cd' -> ['ab', 'cd']; Java's \w with UNICODE_CHARACTER_CLASS keeps the marks
        assertEquals(List.of("ab", "cd"), analyse("x\u0301y ab\u0301cd"));
        assertEquals(List.of("naïve", "cafe"), analyse("naïve cafe\u0301"));
        assertNotEquals(List.of("ab", "cd"), javaUnicodeRegex("x\u0301y ab\u0301cd"));
    }

    @Test
    void otherNumbersAreWordCharactersButConnectorPunctuationIsNot() {
        // Python: 'x² ½½ a‿b ＿x' -> ['x²', '½½']
        assertEquals(List.of("x²", "½½"), analyse("x² ½½ a\u203Fb \uFF3Fx"));
        assertNotEquals(List.of("x²", "½½"), javaUnicodeRegex("x² ½½ a\u203Fb \uFF3Fx"));
    }

    @Test
    void lowerCasingFollowsPythonStrLower() {
        // 'İstanbul ΟΔΟΣ café'.lower() == 'i̇stanbul οδος café' -> ['stanbul', 'οδος', 'café']
        assertEquals("i\u0307stanbul οδος café", WordTokenizer.lower("İstanbul ΟΔΟΣ café"));
        assertEquals(List.of("stanbul", "οδος", "café"), analyse("İstanbul ΟΔΟΣ café"));
        assertEquals(List.of("σας", "όσος"), analyse("ΣΑΣ ΌΣΟΣ"));
        assertEquals(List.of("straße", "strasse", "ǆungla"), analyse("Straße STRASSE ǅungla"));
    }

    @Test
    void supplementaryLettersAndDigitsCountAsOneCodePointEach() {
        assertEquals(List.of("𝐀𝐁c", "𝟘𝟙", "日本語", "١٢٣"), analyse("𝐀𝐁c 𝟘𝟙 日本語 ١٢٣"));
        assertEquals(List.of("ﬁne"), analyse("ﬁne Ⅻ ⅻ"));
        assertEquals(List.of("ab", "cd"), analyse("\u200Dab\u200Ccd"));
        assertEquals(List.of(), analyse("𝐀 x"));
    }

    @Test
    void wordCharactersAreLettersNumbersAndUnderscore() {
        assertTrue(WordTokenizer.isWordChar('_'));
        assertTrue(WordTokenizer.isWordChar('²'));
        assertTrue(WordTokenizer.isWordChar('Ⅻ'));
        assertTrue(WordTokenizer.isWordChar(0x1D400));
        assertFalse(WordTokenizer.isWordChar(0x0301));
        assertFalse(WordTokenizer.isWordChar(0x203F));
        assertFalse(WordTokenizer.isWordChar(0x200D));
        assertFalse(WordTokenizer.isWordChar('-'));
    }

    private static List<String> javaUnicodeRegex(String s) {
        Matcher m = Pattern.compile("\\b\\w\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS).matcher(s.toLowerCase());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
