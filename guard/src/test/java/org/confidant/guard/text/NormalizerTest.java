package org.confidant.guard.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizerTest {
  private final Normalizer normalizer = Normalizer.strict();

  static Stream<Arguments> characters() {
    return Stream.of(
        arguments("fullwidth letters and digits", "\uFF4A\uFF41\uFF4B\uFF45 \uFF15\uFF15\uFF15",
            "jake 555"),
        arguments("mathematical bold letters", "\uD835\uDC23\uD835\uDC1A\uD835\uDC24\uD835\uDC1E",
            "jake"),
        arguments("ligature and superscript", "\uFB01ve x\u00B2", "five x2"),
        arguments("circled and negative squared letters", "\u24D9ake \uD83C\uDD70", "jake A"),
        arguments("fullwidth at sign", "jake\uFF20example.com", "jake@example.com"),
        arguments("zero-width and format characters dropped",
            "ja\u200Bk\u200Ce\u200D \u2060s\uFEFFo\u00ADb\u200Ee\u202Er\uDB40\uDC41", "jake sober"),
        arguments("variation selectors dropped", "jake\uFE0F\uFE0E", "jake"),
        arguments("unusual spaces become spaces", "a\u00A0b\u2009c\u3000d\u202Fe", "a b c d e"),
        arguments("line separator becomes newline", "a\u2028b", "a\nb"),
        arguments("dashes and minus become hyphens", "555\u2013\u20140134\u22121", "555--0134-1"),
        arguments("curly quotes become straight", "\u201Chi\u201D it\u2019s \u2018ok\u2019",
            "\"hi\" it's 'ok'"),
        arguments("acute accent used as apostrophe", "don\u00B4t", "don't"),
        arguments("Spanish accents are kept", "Jos\u00E9 Mu\u00F1oz ping\u00FCino ma\u00F1ana",
            "Jos\u00E9 Mu\u00F1oz ping\u00FCino ma\u00F1ana"),
        arguments("decomposed accent composes", "Jose\u0301", "Jos\u00E9"),
        arguments("long run of combining marks is capped",
            "a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308b", "\u00E1\u0302\u0303\u0304b"),
        arguments("control characters dropped, tabs and newlines kept", "a\u0000b\tc\nd\u0007",
            "ab\tc\nd"),
        arguments("lone surrogates become replacement characters", "a\uD800b\uDC00",
            "a\uFFFDb\uFFFD"),
        arguments("plain ASCII unchanged", "Hello, World! 1-2-3 (ok) [x] @me #tag",
            "Hello, World! 1-2-3 (ok) [x] @me #tag"),
        arguments("emoji unchanged", "great meeting \uD83D\uDE4F", "great meeting \uD83D\uDE4F"),
        arguments("empty", "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("characters")
  void foldsCharactersToTheirPlainFormAndKeepsOrdinaryText(String name, String in, String out) {
    assertNormalizes(in, out);
  }

  static Stream<Arguments> lookAlikes() {
    return Stream.of(
        arguments("Cyrillic letters in a Latin word", "j\u0430k\u0435", "jake"),
        arguments("all-Cyrillic local part next to a Latin domain",
            "\u0458\u0430\u043A\u0435@\u0435\u0445\u0430mple.com", "jake@example.com"),
        arguments("Greek capitals in a Latin word", "\u039C\u0399KE", "MIKE"),
        arguments("Cyrillic word among Latin words", "my sponsee \u0408\u0430\u043A\u0435 said",
            "my sponsee Jake said"),
        arguments("Cyrillic letters in a number", "555-\u041E1\u04174", "555-0134"),
        arguments("letter O in a number", "555-O1O0", "555-0100"),
        arguments("Cyrillic next to digits", "\u0421\u041E 555", "CO 555"),
        arguments("Russian text is left alone",
            "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430?",
            "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430?"),
        arguments("Russian word of look-alikes among Russian words is left alone",
            "\u0432\u043E\u0442 \u0441\u043E\u0440 \u0442\u0443\u0442",
            "\u0432\u043E\u0442 \u0441\u043E\u0440 \u0442\u0443\u0442"),
        arguments("Greek text is left alone", "\u039F \u03BA\u03CC\u03C3\u03BC\u03BF\u03C2",
            "\u039F \u03BA\u03CC\u03C3\u03BC\u03BF\u03C2"),
        arguments("words with ordinary O stay words", "COOL 1990s 2O", "COOL 1990s 2O"),
        arguments("Greek address next to numbers is left alone",
            "03 \u03A0\u03BB\u03B1\u03C4\u03B5\u03AF\u03B1 \u039C\u03B1\u03B2\u03AF\u03BB\u03B7 170",
            "03 \u03A0\u03BB\u03B1\u03C4\u03B5\u03AF\u03B1 \u039C\u03B1\u03B2\u03AF\u03BB\u03B7 170"),
        arguments("dotless i", "j\u0131ll", "jill"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookAlikes")
  void foldsLookAlikeLettersOnlyWhereTheyDisguiseLatinText(String name, String in, String out) {
    assertNormalizes(in, out);
  }

  static Stream<Arguments> digits() {
    return Stream.of(
        arguments("English digits with oh", "five five five, oh one three four",
            "5 5 5, 0 1 3 4"),
        arguments("Spanish digits", "cinco cinco cinco, cero uno siete tres", "5 5 5, 0 1 7 3"),
        arguments("mixed digits and words", "call 555 oh one three four", "call 555 0 1 3 4"),
        arguments("capitalised words", "Five Five Five Zero One", "5 5 5 0 1"),
        arguments("dashes and dots between", "five-five-five.oh-one", "5-5-5.0-1"),
        arguments("teens and tens in a run", "five five five oh one thirty four", "5 5 5 0 1 34"),
        arguments("house number", "twenty-two seventeen birchwood", "2217 birchwood"),
        arguments("year", "born in nineteen eighty six", "born in 1986"),
        arguments("Spanish year", "nací en diecinueve ochenta y seis", "nací en 1986"),
        arguments("two-digit pairs in a phone run stay apart", "five five five oh one thirty four",
            "5 5 5 0 1 34"),
        arguments("two two-digit words", "twenty twenty", "twenty twenty"),
        arguments("Spanish tens with y", "treinta y cuatro dos cinco", "34 2 5"),
        arguments("Spanish compound", "veintidós quince cero", "22 15 0"),
        arguments("double and triple", "double five, triple oh one", "55, 000 1"),
        arguments("trailing oh oh after a long run", "five five five oh one oh oh",
            "5 5 5 0 1 0 0"),
        arguments("leading oh is an exclamation", "Oh, five five five", "Oh, 5 5 5"),
        arguments("trailing oh is an exclamation", "one two three oh my", "1 2 3 oh my"),
        arguments("Spanish o means or", "dos o tres veces", "dos o tres veces"),
        arguments("Spanish o between a run", "cinco cinco cinco o seis", "5 5 5 o seis"),
        arguments("isolated number word", "one day at a time", "one day at a time"),
        arguments("two number words", "I have two kids and one dog", "I have two kids and one dog"),
        arguments("Spanish isolated", "uno de nosotros", "uno de nosotros"),
        arguments("tens and unit only", "I am forty five", "I am forty five"),
        arguments("words too far apart", "five, and five, and five", "five, and five, and five"),
        arguments("not across lines", "five five\nfive", "five five\nfive"),
        arguments("once is English here", "once upon a time", "once upon a time"),
        arguments("oh alone", "oh well, oh no", "oh well, oh no"),
        arguments("double alone", "a double party", "a double party"),
        arguments("spoken dash", "five five five dash oh one three four", "5 5 5 - 0 1 3 4"),
        arguments("Spanish spoken dash", "cinco cinco cinco guion cero uno", "5 5 5 - 0 1"),
        arguments("trailing dash word", "five five five dash", "5 5 5 dash"),
        arguments("dash word alone", "a dash of salt, one two", "a dash of salt, one two"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digits")
  void turnsRunsOfSpelledDigitsIntoDigitsButNotIsolatedNumberWords(
      String name, String in, String out) {
    assertNormalizes(in, out);
  }

  static Stream<Arguments> emails() {
    return Stream.of(
        arguments("plain words", "jake at example dot com", "jake@example.com"),
        arguments("parentheses", "jake (at) example (dot) org", "jake@example.org"),
        arguments("brackets", "jake [at] example [dot] com", "jake@example.com"),
        arguments("tight brackets", "jake(at)example(dot)co(dot)uk", "jake@example.co.uk"),
        arguments("capitals", "jake AT example DOT com", "jake@example.com"),
        arguments("Spanish", "jake arroba example punto com", "jake@example.com"),
        arguments("dotted local part", "jen dot q dot sober at example dot com",
            "jen.q.sober@example.com"),
        arguments("literal dots", "ellen.marsh at example dot org, thanks",
            "ellen.marsh@example.org, thanks"),
        arguments("literal domain", "mail jake at example.com.", "mail jake@example.com."),
        arguments("spelled dot after an @", "jake@example dot com", "jake@example.com"),
        arguments("spaced @", "jake @ example.com", "jake@example.com"),
        arguments("two-letter TLD", "ana arroba ejemplo punto mx", "ana@ejemplo.mx"),
        arguments("digits in local part", "jake55 at example dot net", "jake55@example.net"),
        arguments("with spelled digits", "jake five five five at example dot com",
            "jake 5 5 5@example.com"),
        arguments("at home", "I'll be at home", "I'll be at home"),
        arguments("no TLD", "meet at the church dot matrix", "meet at the church dot matrix"),
        arguments("unknown TLD", "jake at example dot banana", "jake at example dot banana"),
        arguments("web site, not an address", "find us at example dot com",
            "find us at example dot com"),
        arguments("www", "jake at www dot example dot com", "jake at www dot example dot com"),
        arguments("ordinary address unchanged", "jake@example.com", "jake@example.com"),
        arguments("handle unchanged", "follow @jake_t", "follow @jake_t"),
        arguments("at a time", "one day at a time. com", "one day at a time. com"),
        arguments("apostrophe before at", "I'm at example dot com", "I'm at example dot com"),
        arguments("web address with a path", "my journey at instagram.com/jake.sober",
            "my journey at instagram.com/jake.sober"),
        arguments("social site", "jake at facebook dot com", "jake at facebook dot com"),
        arguments("spelled dot before a plain @", "jen dot q@example.com", "jen.q@example.com"),
        arguments("bracketed dots in the local part", "jen(dot)q(at)example(dot)com",
            "jen.q@example.com"),
        arguments("spaced brackets", "jen [ dot ] q [at] example [dot] com", "jen.q@example.com"),
        arguments("apostrophe before a plain @", "x'@a.com a'b@c", "x'@a.com a'b@c"),
        arguments("missing space after a full stop", "Mike at church.We had fun",
            "Mike at church.We had fun"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emails")
  void joinsSpokenEmailAddressesOnlyWithAKnownTopLevelDomain(String name, String in, String out) {
    assertNormalizes(in, out);
  }

  @Test
  void mapsSpelledDigitsBackToTheirWords() {
    String in = "call five five five, oh one three four";
    NormalizedText t = normalizer.normalize(in);
    assertThat(t.text()).isEqualTo("call 5 5 5, 0 1 3 4");
    int s = t.text().indexOf("5 5 5");
    assertThat(original(t, s, s + 5)).isEqualTo("five five five");
    int zero = t.text().indexOf('0');
    assertThat(original(t, zero, zero + 1)).isEqualTo("oh");
    assertThat(original(t, s, t.length())).isEqualTo("five five five, oh one three four");
  }

  @Test
  void mapsTwoWordNumbersToBothWords() {
    NormalizedText t = normalizer.normalize("five five five oh one thirty four");
    int s = t.text().indexOf("34");
    assertThat(original(t, s, s + 1)).isEqualTo("thirty four");
    assertThat(original(t, s, s + 2)).isEqualTo("thirty four");
  }

  @Test
  void mapsAJoinedYearBackToAllItsWords() {
    NormalizedText t = normalizer.normalize("born nineteen eighty-six, I think");
    int s = t.text().indexOf("1986");
    assertThat(original(t, s, s + 4)).isEqualTo("nineteen eighty-six");
  }

  @Test
  void mapsEmailBackToTheWholeOriginalStretch() {
    String in = "write to jake at example dot com today";
    NormalizedText t = normalizer.normalize(in);
    assertThat(t.text()).isEqualTo("write to jake@example.com today");
    int s = t.text().indexOf("jake@");
    int e = s + "jake@example.com".length();
    assertThat(original(t, s, e)).isEqualTo("jake at example dot com");
    int at = t.text().indexOf('@');
    assertThat(original(t, at, at + 1)).isEqualTo(" at ");
  }

  @Test
  void mapsThroughEveryPassAtOnce() {
    String in = "mail \u0458\u0430\u043A\u0435\u200B (at) \uFF45xample [dot] com or call "
        + "five five five, oh one three four";
    NormalizedText t = normalizer.normalize(in);
    assertThat(t.text()).isEqualTo("mail jake@example.com or call 5 5 5, 0 1 3 4");
    int s = t.text().indexOf("jake");
    int e = t.text().indexOf(" or");
    assertThat(original(t, s, e))
        .isEqualTo("\u0458\u0430\u043A\u0435\u200B (at) \uFF45xample [dot] com");
  }

  @Test
  void droppedCharactersStayInsideTheSpanOfTheirNeighbours() {
    NormalizedText t = normalizer.normalize("ja\u200Bke");
    assertThat(t.text()).isEqualTo("jake");
    assertThat(original(t, 0, 4)).isEqualTo("ja\u200Bke");
  }

  @Test
  void keepsCaseAndOffersALowerCaseView() {
    NormalizedText t = normalizer.normalize("Jake AT Example DOT Com");
    assertThat(t.text()).isEqualTo("Jake@Example.Com");
    assertThat(t.lower()).isEqualTo("jake@example.com");
  }

  @Test
  void defaultNormalizerNeverThrowsOnNull() {
    assertThat(new Normalizer().normalize(null).text()).isEmpty();
  }

  private static String original(NormalizedText t, int start, int end) {
    int[] span = t.toOriginal(start, end);
    return t.original().substring(span[0], span[1]);
  }

  private void assertNormalizes(String in, String out) {
    NormalizedText t = normalizer.normalize(in);
    assertThat(t.text()).isEqualTo(out);
    assertThat(t.lower()).hasSameSizeAs(t.text());
    assertMapsInside(t);
  }

  /** Every normalized character maps into the original, in order. */
  static void assertMapsInside(NormalizedText t) {
    int n = t.original().length();
    int lastStart = 0;
    for (int i = 0; i < t.length(); i++) {
      int[] span = t.toOriginal(i, i + 1);
      assertThat(span[0]).isBetween(0, n);
      assertThat(span[1]).isBetween(span[0], n);
      assertThat(span[0]).isGreaterThanOrEqualTo(lastStart);
      lastStart = span[0];
    }
  }
}
