package org.confidant.guard.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How common a word is as a US given name or surname, from public-domain frequency lists.
 *
 * <p>The lists ship as {@code given.txt.gz} and {@code surnames.txt.gz} beside this class
 * (built by {@code tools/make-name-lists.sh}; sources in NOTICE). Lookups ignore case. The
 * shared instance is loaded once, on first use, and is immutable and thread-safe.
 */
public final class NameLexicon {
  private final Map<String, Integer> given;
  private final Map<String, Integer> surnames;

  private NameLexicon(Map<String, Integer> given, Map<String, Integer> surnames) {
    this.given = given;
    this.surnames = surnames;
  }

  /** The lexicon built from the shipped lists. */
  public static NameLexicon shared() {
    return Holder.INSTANCE;
  }

  /** A lexicon of the given counts, for tests. Keys may be in any case. */
  public static NameLexicon of(Map<String, Integer> given, Map<String, Integer> surnames) {
    return new NameLexicon(lowerKeys(given), lowerKeys(surnames));
  }

  /** Births with this given name in the list (0 when absent). */
  public int givenCount(String word) {
    return given.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** People with this surname in the list (0 when absent). */
  public int surnameCount(String word) {
    return surnames.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** Whether the word is in the given-name list. */
  public boolean isGivenName(String word) {
    return givenCount(word) > 0;
  }

  /** Whether the word is in the surname list. */
  public boolean isSurname(String word) {
    return surnameCount(word) > 0;
  }

  private static Map<String, Integer> lowerKeys(Map<String, Integer> m) {
    Map<String, Integer> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }

  private static Map<String, Integer> load(String resource) {
    try (InputStream raw = NameLexicon.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Map<String, Integer> m = new HashMap<>(65536);
      BufferedReader r = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int sp = line.indexOf(' ');
        if (sp > 0) {
          m.put(line.substring(0, sp), Integer.parseInt(line.substring(sp + 1)));
        }
      }
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static final class Holder {
    static final NameLexicon INSTANCE =
        new NameLexicon(load("given.txt.gz"), load("surnames.txt.gz"));
  }
}
