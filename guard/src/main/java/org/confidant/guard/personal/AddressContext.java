package org.confidant.guard.personal;

/**
 * Decides whether an address is said of a home or of a public venue, from the nearest place cue
 * before it in the same sentence ("at Ellen's house now — 88 Crane Road" is a home; "the church
 * basement at 220 Oak St" is a venue). Looks back a bounded number of tokens.
 */
final class AddressContext {
  /** What the nearest cue says the place is. */
  enum Place { HOME, VENUE, UNKNOWN }

  private AddressContext() {}

  /** The place kind given by the nearest cue within {@code window} tokens before {@code first}. */
  static Place place(DetailTokens t, int first, int window) {
    for (int k = first - 1; k >= 0 && k >= first - window; k--) {
      if (BirthDateRecognizer.isBoundary(t, k)) {
        break;
      }
      if (isHomeCue(t, k) || isPossessive(t, k) && k >= first - 3) {
        return Place.HOME;
      }
      if (AddressWords.VENUE.contains(t.low(k))) {
        return Place.VENUE;
      }
    }
    return Place.UNKNOWN;
  }

  /** Whether token {@code k} says "home": "lives", "my place", "house", "I'm at", "vivo en". */
  static boolean isHomeCue(DetailTokens t, int k) {
    String w = t.low(k);
    if (AddressWords.RESIDENCE.contains(w)) {
      return true;
    }
    if (w.equals("at") || w.equals("en")) {
      return AddressRecognizer.isAtSubject(t.low(k - 1));
    }
    return false;
  }

  /** "Tasha's" just before an address: someone's place. */
  private static boolean isPossessive(DetailTokens t, int k) {
    String w = t.low(k);
    return t.isWord(k) && t.isCapitalized(k) && (w.endsWith("'s") || w.endsWith("\u2019s"));
  }
}
