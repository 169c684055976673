package org.confidant.guard.personal;

import java.util.Set;

/**
 * Decides whether an address is said of a home or of a public venue, from the nearest place cue
 * before it in the same sentence ("at Ellen's house now — 88 Crane Road" is a home; "the church
 * basement at 220 Oak St" is a venue). Looks back a bounded number of tokens.
 */
final class AddressContext {
  /**
   * What the nearest cue says the place is. {@code NEAR_PERSON} is the weak home cue "I'm at",
   * "we're at": a venue word after the address ("for the Big Book study") outweighs it.
   */
  enum Place { HOME, NEAR_PERSON, VENUE, UNKNOWN }

  /** Words before "at"/"in" that make it say where someone is ("I'm at", "still at"). */
  private static final Set<String> AT_SUBJECTS = AddressWords.words("i'm", "im", "still",
      "we're", "am", "staying", "he's", "she's", "they're", "currently", "now", "over", "estoy",
      "está", "esta", "están", "estamos", "sigo");

  private AddressContext() {}

  /** The place kind given by the nearest cue within {@code window} tokens before {@code first}. */
  static Place place(DetailTokens t, int first, int window) {
    for (int k = first - 1; k >= 0 && k >= first - window; k--) {
      if (BirthDateRecognizer.isBoundary(t, k)) {
        break;
      }
      String w = t.low(k);
      if ((w.equals("home") || w.equals("casa")) && isGroupWord(t.low(k + 1))) {
        // "our home group's new location": the group's meeting place.
        return Place.VENUE;
      }
      if (isHomeCue(t, k) || isPossessive(t, k) && k >= first - 3) {
        return isAtWord(w) ? Place.NEAR_PERSON : Place.HOME;
      }
      if (AddressWords.VENUE.contains(w)) {
        return Place.VENUE;
      }
    }
    return Place.UNKNOWN;
  }

  /** Whether a venue word follows the address closely, in the same sentence. */
  static boolean venueAfter(DetailTokens t, int last, int window) {
    for (int k = last + 1; k < t.size() && k <= last + window; k++) {
      if (BirthDateRecognizer.isBoundary(t, k - 1) && k > last + 1) {
        return false;
      }
      if (AddressWords.VENUE.contains(t.low(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGroupWord(String w) {
    return w.equals("group") || w.equals("group's") || w.equals("grupo") || w.equals("groups");
  }

  /** Whether token {@code k} says "home": "lives", "my place", "house", "I'm at", "vivo en". */
  static boolean isHomeCue(DetailTokens t, int k) {
    String w = t.low(k);
    if (AddressWords.RESIDENCE.contains(w)) {
      return true;
    }
    if (isAtWord(w)) {
      return AT_SUBJECTS.contains(t.low(k - 1));
    }
    return false;
  }

  /** "Tasha's" just before an address: someone's place. */
  private static boolean isPossessive(DetailTokens t, int k) {
    String w = t.low(k);
    if (!t.isWord(k) || !t.isCapitalized(k) || !(w.endsWith("'s") || w.endsWith("\u2019s"))) {
      return false;
    }
    // "St. Mark's", "Saint Anne's": a church, not a person's place.
    int p = t.isPunct(k - 1, '.') ? k - 2 : k - 1;
    String before = t.low(p);
    return !(before.equals("st") || before.equals("saint") || before.equals("san")
        || before.equals("sta"));
  }

  /** The words that, after "I'm" or "we're", say where someone is: "at", "in", "en". */
  private static boolean isAtWord(String w) {
    return w.equals("at") || w.equals("en") || w.equals("in");
  }
}
