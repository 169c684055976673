package org.confidant.guard.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.confidant.guard.ShareIndex.ShareMatch;
import org.confidant.guard.text.NormalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintIndexTest {

  private static List<ShareMatch> match(String share, String text) {
    return FingerprintIndex.of(List.of(share)).matches(NormalizedText.identity(text));
  }

  /**
   * Near copies and close paraphrases (reworded person, tense, word order, a word inserted or
   * dropped, synonyms, Spanish) match over the copied stretch; texts that share only a theme,
   * a slogan or a common recovery phrase do not. quote "-" means no match.
   */
  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      I got a DUI on Friday and spent the night in jail.                                | i got a dui on friday and spent the night in jail lol                         | dui on friday
      I drove drunk to my daughter's recital and passed out in the parking lot.         | She drove to her daughter's recital drunk and passed out in the parking lot. | passed out in the parking lot
      My husband found my vodka bottles hidden in the laundry basket and threatened to leave. | Her husband found the vodka bottles she'd hidden in the laundry basket and he threatened to leave her. | vodka bottles
      I've been stealing pills from my mother's cabinet for months.                     | apparently he's been stealing pills out of his mom's cabinet for months       | stealing pills
      I lost custody of my kids because I failed three drug tests.                      | She lost custody of her children after failing 3 drug tests. So sad.         | lost custody
      I had 90 days but last night I bought a bottle and poured it down the sink.       | He had 90 days and last night bought a bottle, then poured it down the sink. | poured it down the sink
      My brother beat me with a belt every night until I was twelve and my mom watched. | her brother beat her with a belt every night and their mom just watched      | beat her with a belt
      Me despidieron del trabajo por llegar borracho tres veces este mes.               | Lo despidieron del trabajo porque llegó borracho tres veces este mes.        | despidieron del trabajo
      Mi esposa me dejó y se llevó a los niños a casa de su madre.                      | Su esposa lo dejó y se llevó a los niños a casa de su mamá, pobre.           | se llevó a los niños
      Hace dos semanas volví a consumir cocaína y nadie en mi casa lo sabe.             | Volvió a consumir cocaína hace dos semanas y nadie en su casa sabe.          | consumir cocaína
      I've been cutting myself again since my girlfriend left, I hide it under long sleeves. | she's cutting again since her girlfriend left, hides it with long sleeves | girlfriend left
      My landlord is evicting me on the first and I have nowhere to go with my two kids. | her landlord's kicking her out on the 1st and she's got nowhere to go with the kids | nowhere to go
      I'm going to lose the house because I gambled the mortgage money at the casino.   | He gambled away the mortgage money at the casino and they're losing the house. | mortgage money
      Tengo diabetes y sigo tomando aunque el médico me dijo que me voy a morir.       | Sigue tomando aunque tiene diabetes y el médico le dijo que se va a morir.   | el médico
      Mi hijo de quince años me encontró inyectándome en el baño.                      | Su hijo de 15 años lo encontró inyectándose en el baño.                      | inyectándose
      I was molested by my youth pastor when I was eleven and I never told anyone.     | Her youth pastor molested her at 11 and she never told anybody.              | youth pastor
      My husband hit me last night and I'm scared to go home.                           | Last night I went home scared, my husband yelled at me.                      | -
      I've been sober 3 years and I'm grateful for this program.                        | 3 years sober and grateful for this program!                                 | -
      My son overdosed last spring and I blamed myself every day.                       | I lost my brother to an overdose years ago, grief is strange.               | -
      I got fired for drinking on the job.                                              | Does anyone know if the bakery is hiring? I just lost my job.               | -
      I relapsed after 10 years and I'm so ashamed.                                     | Congrats on 10 years, Mike! So proud of you.                                 | -
      One day at a time, I keep coming back because it works if you work it.            | One day at a time, friends. Keep coming back! It works if you work it.       | -
      I've been sober 11 years and last week my son got arrested.                       | 11 years sober today! Grateful for this program.                             | -
      My wife left me on Sunday.                                                        | Sunday I took my wife to the beach and we left early.                        | -
      """)
  void matchesNearCopiesAndParaphrasesButNotSharedThemes(String share, String text,
      String quote) {
    List<ShareMatch> found = match(share, text);
    if (quote.equals("-")) {
      assertThat(found).as("no match").isEmpty();
      return;
    }
    int at = text.indexOf(quote);
    assertThat(at).as("quote in text").isGreaterThanOrEqualTo(0);
    assertThat(found).as("a match over the quote").anySatisfy(m -> {
      assertThat(m.start()).isLessThan(at + quote.length());
      assertThat(m.end()).isGreaterThan(at);
      assertThat(m.similarity()).isBetween(0.0, 1.0);
    });
  }

  @Test
  void findsOneCopiedSentenceOfALongShare() {
    String share = "I grew up in a small town and my father drank every night. I started drinking at "
        + "thirteen with my cousins behind the church. By twenty I had two DUIs and a baby. "
        + "Last winter I hit a parked ambulance outside the hospital and drove away before the "
        + "police came. Nobody knows it was me and I think about it every single day. "
        + "Today I have ninety days and I'm trying to work the steps with my sponsor.";
    String text = "Wild thing from last night: somebody hit a parked ambulance outside the hospital "
        + "and drove away before the police came, and nobody knows it was them.";
    List<ShareMatch> found = match(share, text);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .contains("ambulance outside the hospital");
  }

  @Test
  void storesOnlySortedDistinctKeyedValues() {
    FingerprintKey k1 = FingerprintKey.random();
    FingerprintKey k2 = FingerprintKey.random();
    String share = "My wife left me on Sunday and took the kids to her mother's. My wife left me.";
    long[] a = FingerprintIndex.fingerprints(k1, share);
    long[] again = FingerprintIndex.fingerprints(FingerprintKey.fromBytes(k1.toBytes()), share);
    long[] b = FingerprintIndex.fingerprints(k2, share);
    assertThat(a).isNotEmpty().isSorted().doesNotHaveDuplicates().containsExactly(again);
    for (long v : a) {
      assertThat(b).doesNotContain(v);
    }
    assertThat(FingerprintIndex.fingerprints(k1, "the and of I")).isEmpty();
  }

  @Test
  void storedFingerprintsMatchLikeTheText() {
    FingerprintKey key = FingerprintKey.random();
    String share = "I've been taking my wife's Percocet and nobody knows.";
    FingerprintIndex stored = FingerprintIndex.builder(key)
        .addFingerprints(FingerprintIndex.fingerprints(key, share)).build();
    FingerprintIndex wrongKey = FingerprintIndex.builder(FingerprintKey.random())
        .addFingerprints(FingerprintIndex.fingerprints(key, share)).build();
    NormalizedText text = NormalizedText.identity("He's been taking his wife's Percocet, nobody knows.");
    assertThat(stored.matches(text)).hasSize(1);
    assertThat(wrongKey.matches(text)).isEmpty();
  }

  @Test
  void aDestroyedKeyMatchesAndComputesNothing() {
    FingerprintKey key = FingerprintKey.random();
    String share = "I've been taking my wife's Percocet and nobody knows.";
    FingerprintIndex index = FingerprintIndex.builder(key).add(share).build();
    NormalizedText text = NormalizedText.identity("he's been taking his wife's Percocet, nobody knows");
    assertThat(index.matches(text)).hasSize(1);
    key.destroy();
    assertThat(key.isDestroyed()).isTrue();
    assertThat(index.matches(text)).isEmpty();
    assertThatThrownBy(() -> FingerprintIndex.fingerprints(key, share))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(key::toBytes).isInstanceOf(IllegalStateException.class);
    assertThat(key.toString()).doesNotContain("0");
  }

  @Test
  void answersTheSameFromManyThreads() throws Exception {
    List<String> shares = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      shares.add("Share number " + i + " about the blue truck I crashed into the lake in " + i);
    }
    FingerprintIndex index = FingerprintIndex.of(shares);
    NormalizedText text = NormalizedText.identity(
        "someone crashed the blue truck into the lake in 7 apparently");
    List<ShareMatch> expected = index.matches(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ShareMatch>>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> index.matches(text)));
      }
      for (Future<List<ShareMatch>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void neverThrowsOnJunk() {
    FingerprintIndex index = FingerprintIndex.of(List.of("I drank again", "", "\uD800\uDC00 x"));
    String[] junk = {"", " ", "\uD800", "\uDC00 \uD800 drank again", "'''", "’s ’t n’t",
        "ÁÉÍÓÚ ñ ß ﬁ", "\u0000\u0001 drank", "a".repeat(10_000)};
    for (String s : junk) {
      for (ShareMatch m : index.matches(NormalizedText.identity(s))) {
        assertThat(m.end()).isLessThanOrEqualTo(s.length());
        assertThat(m.start()).isLessThan(m.end());
      }
      assertThat(FingerprintIndex.fingerprints(FingerprintKey.random(), s)).isNotNull();
    }
  }

  @Test
  void matchesAMegabyteInLinearTime() {
    List<String> shares = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      shares.add("I lost my job " + i + " times because I drank at work and lied to my boss");
    }
    FingerprintIndex index = FingerprintIndex.of(shares);
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 1_000_000; i++) {
      b.append(i % 3 == 0 ? "drank work lied boss job " : "word").append(i % 997).append(' ');
    }
    NormalizedText text = NormalizedText.identity(b.toString());
    index.matches(text); // warm up
    long t0 = System.nanoTime();
    index.matches(text);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    // Generous for a loaded build machine; a quadratic scan would take minutes.
    assertThat(ms).isLessThan(4000);
  }
}
