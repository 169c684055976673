package org.confidant.guard.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.confidant.guard.text.NormalizedText;
import org.confidant.guard.text.Normalizer;

/**
 * Fuzzes the normalizer: it never throws, and every normalized character maps back inside the
 * original text, in order.
 *
 * <p>Plain {@code mvn test} replays the seeds under {@code NormalizerFuzzTestInputs/}; run
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -pl guard -Dtest=NormalizerFuzzTest} to fuzz for real.
 */
class NormalizerFuzzTest {
  private static final Normalizer STRICT = Normalizer.strict();

  @DictionaryEntries({" at ", " dot ", "@", "'", "(at)", "[dot]", " arroba ", " punto ", ".com",
      "five ", "oh ", " o ", "cinco ", "cero ", "double ", "thirty ", " y ", "dash ", "555-",
      "\u0430", "\u0435", "\u041E", "\u0417", "\u0301", "\u200B", "\uFF20", "\uD835\uDC23",
      "my sponsee ", "Jake T.", "meeting", "relapsed", "kill myself", "what's your last name"})
  @FuzzTest(maxDuration = "60s")
  void mapsEveryCharacterBackInsideTheOriginal(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    NormalizedText t = STRICT.normalize(text);
    assertEquals(text, t.original());
    assertEquals(t.text().length(), t.lower().length());
    int n = text.length();
    int lastStart = 0;
    for (int i = 0; i < t.length(); i++) {
      int[] one = t.toOriginal(i, i + 1);
      assertTrue(0 <= one[0] && one[0] <= one[1] && one[1] <= n, "span inside the original");
      assertTrue(one[0] >= lastStart, "spans in text order");
      lastStart = one[0];
    }
    if (t.length() > 0) {
      int[] all = t.toOriginal(0, t.length());
      assertTrue(0 <= all[0] && all[0] < all[1] && all[1] <= n, "whole span inside, non-empty");
    }
  }
}
