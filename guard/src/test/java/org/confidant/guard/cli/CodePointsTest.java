package org.confidant.guard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodePointsTest {

  static Stream<Arguments> offsets() {
    return Stream.of(
        Arguments.of("plain ascii", 6, 6),
        Arguments.of("plain ascii", 11, 11),
        Arguments.of("\uD83D\uDE4F call", 2, 1),
        Arguments.of("\uD83D\uDE4F\uD83C\uDFFD call", 5, 3),
        Arguments.of("caf\u00E9 \uD83D\uDE00x", 7, 6),
        Arguments.of("\uD800 lone", 1, 1),
        Arguments.of("\uD800 lone", 2, 2),
        Arguments.of("end \uD83D\uDE00", 6, 5),
        Arguments.of("past the end", 99, 12),
        Arguments.of("", 0, 0));
  }

  @ParameterizedTest(name = "[{index}] utf16 {1} -> code point {2}")
  @MethodSource("offsets")
  void convertsUtf16IndicesToCodePointOffsets(String text, int utf16, int codePoint) {
    assertThat(new CodePoints(text).of(utf16)).isEqualTo(codePoint);
  }

  @Test
  void aConvertedSpanSelectsTheSameCharactersByCodePoint() {
    String text = "\uD83D\uDE4F\uD83C\uDFFD Dana: 555-0134 \uD83D\uDE00";
    int start = text.indexOf("555");
    int end = start + "555-0134".length();
    CodePoints cp = new CodePoints(text);
    int[] cps = text.codePoints().toArray();
    assertThat(new String(cps, cp.of(start), cp.of(end) - cp.of(start))).isEqualTo("555-0134");
  }

  static Stream<Arguments> firstCharacters() {
    return Stream.of(
        Arguments.of("  [{}]", "["),
        Arguments.of("\uFEFF[", "["),
        Arguments.of("\n\t{\"id\": 1}", "{"),
        Arguments.of("   ", ""),
        Arguments.of("", ""));
  }

  @ParameterizedTest(name = "[{index}] first non-blank is ''{1}''")
  @MethodSource("firstCharacters")
  void detectsTheCorpusFormatByItsFirstNonBlankCharacter(String input, String expected)
      throws Exception {
    BufferedReader r = new BufferedReader(new StringReader(input));
    int c = CorpusFiles.firstNonBlank(r);
    assertThat(c < 0 ? "" : String.valueOf((char) c)).isEqualTo(expected);
    if (c >= 0) {
      assertThat((char) r.read()).isEqualTo((char) c);
    }
  }
}
