package org.confidant.guard.personal;

import org.confidant.guard.Subject;
import org.confidant.guard.names.NameLexicon;

/**
 * Decides whether a detail belongs to the writer, from the words just before it (and, with
 * {@link #of(String, int, int)}, just after it).
 *
 * <p>Looks back at most {@link #WINDOW} characters from the detail, within the same sentence,
 * for first-person cues in English and Spanish ("my number is", "call me at", "text me",
 * "I live at", "mi número es", "llámame al"); the nearest cue wins against third-person cues
 * ("his", "her", "su"). "My" followed by a person ("my sponsor's number", "my sponsee's
 * email", "mi esposa") points to that person, not the writer. Anything else is
 * {@link Subject#OTHER}: when the owner is unclear the stricter reading wins. Cost is bounded by
 * the window: one backward pass testing the cues at each word start.
 */
public final class Ownership {
  static final int WINDOW = 48;
  static final int AHEAD = 24;

  private static final String[] CUES = {
      "my ", "me at", "me on", "me ", "i'm at", "i am at", "i live", "i moved", "mine",
      "reach me", "i'm ", "i am ", "mi ", "me al", "llámame", "llamame", "escríbeme",
      "escribeme", "mándame", "mandame", "vivo en", "mío", "mio", "mía", "mia", "my:",
      "it's me", "soy "};

  private static final String[] OTHER_CUES = {
      "his ", "her ", "their ", "he's", "she's", "him ", "him at", "her at", "them at",
      "su ", "sus ", "they're", "he is", "she is", "él", "ella"};

  /** People a writer's "my" can point to: "my sponsor's number" is the sponsor's. */
  private static final java.util.Set<String> PEOPLE = Cues.words(
      "sponsor", "sponsee", "sponsor's", "sponsee's", "wife", "husband", "partner", "friend",
      "friends", "buddy", "cousin", "mom", "mother", "dad", "father", "brother", "sister",
      "son", "daughter", "boyfriend", "girlfriend", "boss", "neighbor", "neighbour", "roommate",
      "uncle", "aunt", "grandma", "grandpa", "kid", "kids", "ex", "landlord", "coworker",
      "padrino", "madrina", "ahijado", "ahijada", "esposa", "esposo", "amigo", "amiga",
      "primo", "prima", "mamá", "papá", "hermano", "hermana", "hijo", "hija", "novio", "novia",
      "jefe", "vecino", "vecina", "tío", "tía");

  /** Births a given name needs to count as a common first name. */
  private static final int COMMON_NAME = 5000;

  /** Common words that are also given names. */
  private static final java.util.Set<String> NOT_NAMES = Cues.words(
      "will", "may", "june", "april", "august", "mark", "bill", "rose", "art", "grant", "hope",
      "joy", "faith", "grace", "sunny", "page", "chase", "guy", "ray", "dawn", "king", "rich",
      "earl", "early", "case", "cell", "home", "number", "text", "call", "reach", "mine", "the",
      "and", "you", "day", "night", "best", "time", "anytime", "any", "after", "before", "here",
      "number", "numero", "número", "celular", "correo", "email", "mail", "phone", "new", "old",
      "sunday", "monday", "tuesday", "friday", "saturday", "long", "young", "love", "bud",
      "son", "don", "major", "price", "black", "white", "brown", "green", "gray", "joe");

  /** First-person cues right after a detail: "555-0134 is my cell", "(mine)". */
  private static final String[] AFTER_CUES = {
      "is my", "is mine", "(mine", "(my", "es mi", "es el mío", "es mío", "that's me",
      "that's mine"};

  /** ASCII characters that start some cue, to skip most positions at once. */
  private static final boolean[] STARTS = new boolean[128];

  static {
    for (String[] list : new String[][] {CUES, OTHER_CUES, AFTER_CUES}) {
      for (String cue : list) {
        if (cue.charAt(0) < 128) {
          STARTS[cue.charAt(0)] = true;
        }
      }
    }
  }

  /** Each cue list split by its first (ASCII) character, in list order. */
  private static final String[][] CUES_BY_FIRST = index(CUES);
  private static final String[][] OTHER_BY_FIRST = index(OTHER_CUES);
  private static final String[][] AFTER_BY_FIRST = index(AFTER_CUES);

  private static String[][] index(String[] cues) {
    String[][] out = new String[128][];
    for (char c = 0; c < 128; c++) {
      final char first = c;
      out[c] = java.util.Arrays.stream(cues).filter(cue -> cue.charAt(0) == first)
          .toArray(String[]::new);
    }
    return out;
  }

  private static String[][] byFirst(String[] cues) {
    return cues == CUES ? CUES_BY_FIRST : cues == OTHER_CUES ? OTHER_BY_FIRST : AFTER_BY_FIRST;
  }

  private Ownership() {}

  /**
   * Whose detail starts at {@code start} of {@code lowerText} (a lower-cased text).
   *
   * @return {@link Subject#AUTHOR} when a first-person cue is nearer than any third-person cue
   */
  public static Subject of(String lowerText, int start) {
    if (lowerText == null || start <= 0 || start > lowerText.length()) {
      return Subject.OTHER;
    }
    int from = Math.max(0, start - WINDOW);
    for (int i = start - 1; i >= from; i--) {
      char c = lowerText.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        if (c != '.' || i + 1 >= lowerText.length()
            || Character.isWhitespace(lowerText.charAt(i + 1))) {
          from = i + 1;
          break;
        }
      }
    }
    for (int p = start - 1; p >= from; p--) {
      if (p > from && Character.isLetter(lowerText.charAt(p - 1))) {
        continue; // a cue must start a word
      }
      if (matchesAny(lowerText, p, start, OTHER_CUES)) {
        return Subject.OTHER;
      }
      if (matchesAny(lowerText, p, start, CUES)) {
        return pointsToAnotherPerson(lowerText, p, start) || namesSomeone(lowerText, p, start)
            ? Subject.OTHER : Subject.AUTHOR;
      }
    }
    return Subject.OTHER;
  }

  /**
   * Like {@link #of(String, int)}, and also AUTHOR when the detail spanning {@code [start, end)}
   * is followed closely by a first-person cue ("555-0134 is my cell").
   */
  public static Subject of(String lowerText, int start, int end) {
    Subject before = of(lowerText, start);
    if (before == Subject.AUTHOR || lowerText == null || end < 0 || end > lowerText.length()) {
      return before;
    }
    int to = Math.min(lowerText.length(), end + AHEAD);
    for (int p = end; p < to; p++) {
      char c = lowerText.charAt(p);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
        break;
      }
      if ((p == end || !Character.isLetter(lowerText.charAt(p - 1)))
          && matchesAny(lowerText, p, to, AFTER_CUES)
          && !pointsToAnotherPerson(lowerText, p + 3, to)) {
        return Subject.AUTHOR;
      }
    }
    return before;
  }

  private static boolean matchesAny(String text, int at, int limit, String[] cues) {
    char first = text.charAt(at);
    if (first < 128 && !STARTS[first]) {
      return false; // no cue starts with this character
    }
    String[] candidates = first < 128 ? byFirst(cues)[first] : cues;
    for (String cue : candidates) {
      if (cue.charAt(0) != first) {
        continue;
      }
      if (at + cue.length() <= limit && text.startsWith(cue, at)) {
        int after = at + cue.length();
        // A cue ending in a letter must end a word: "mine" is not "minecraft".
        if (!Character.isLetter(cue.charAt(cue.length() - 1)) || after >= text.length()
            || !Character.isLetter(text.charAt(after))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a common first name stands between the cue at {@code at} and the detail: "Mine is
   * Rosa V., 555-0115" gives Rosa's number.
   */
  private static boolean namesSomeone(String text, int at, int limit) {
    int i = at;
    while (i < limit && Character.isLetter(text.charAt(i))) {
      i++; // skip the cue's first word
    }
    while (i < limit) {
      while (i < limit && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < limit && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - s >= 3 && i - s <= 12) {
        String word = text.substring(s, i);
        if (!NOT_NAMES.contains(word) && NameLexicon.shared().givenCount(word) >= COMMON_NAME) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the cue at {@code at} is "my"/"mi" followed by a person word or a possessive. */
  private static boolean pointsToAnotherPerson(String text, int at, int limit) {
    int i = at;
    while (i < limit && Character.isLetter(text.charAt(i))) {
      i++; // the cue word itself: "my", "mi", "is"
    }
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    int s = i;
    while (i < limit && i - s < 20 && (Character.isLetter(text.charAt(i))
        || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
      i++;
    }
    if (i == s) {
      return false;
    }
    String word = text.substring(s, i);
    return PEOPLE.contains(word) || word.endsWith("'s") || word.endsWith("’s");
  }
}
