package org.confidant.server.account;

import java.util.Locale;
import org.confidant.guard.names.NameLexicon;

/**
 * The display-name rule: a first name with an optional last initial ("Sam", "Sam R.", "María J.").
 *
 * <p>Guarantees: an accepted name is 1 to 40 characters of letters, apostrophes and hyphens,
 * optionally followed by one space and a single letter with an optional full stop. Anything that
 * looks like a full name (a second word longer than an initial, or a first name and a surname
 * joined by a hyphen) is refused with a reason in plain words. The reason never repeats the name.
 * Privacy trade-off: we cannot know a real name from a made-up one; the rule only stops the
 * common slip of typing one's full name, which would identify the member to everyone in a group.
 */
final class DisplayNames {

  static final int MAX_LENGTH = 40;

  private final NameLexicon lexicon;

  DisplayNames(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The name with surrounding and repeated spaces removed; null stays null. */
  static String tidy(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.length() > 4 * MAX_LENGTH) {
      return raw; // refused for its length; not worth tidying
    }
    return raw.strip().replaceAll("\\s+", " ");
  }

  /**
   * Checks a tidied display name.
   *
   * @return null when the name is acceptable, otherwise the reason it is refused
   */
  String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "Enter a display name: your first name, with a last initial if you like (\"Sam R.\").";
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      return "A display name is at most 40 characters.";
    }
    String[] words = name.split(" ");
    if (words.length > 2) {
      return "Use only a first name, with a last initial if you like (\"Sam R.\"). "
          + "Several words look like a full name, which would identify you.";
    }
    String first = words[0];
    if (!isNameWord(first)) {
      return "A display name uses letters, apostrophes and hyphens only, and starts with a letter.";
    }
    if (words.length == 2) {
      String second = words[1];
      boolean initial = second.codePointCount(0, second.length()) == 1 && Character.isLetter(second.codePointAt(0))
          || second.length() >= 2 && second.codePointCount(0, second.length()) == 2
              && Character.isLetter(second.codePointAt(0)) && second.endsWith(".");
      if (!initial) {
        return "Keep your last name to its initial (\"Sam R.\"): a full last name would identify you "
            + "to everyone in your groups.";
      }
    }
    String[] parts = first.split("-");
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (lexicon.isGivenName(parts[0]) && part.length() > 1 && looksLikeSurname(part)) {
        return "That looks like a first and last name joined together. Use only your first name, "
            + "with a last initial if you like (\"Sam R.\").";
      }
    }
    return null;
  }

  /** Whether a word is far more common as a surname than as a given name ("Smith", not "Jane"). */
  private boolean looksLikeSurname(String word) {
    long surname = lexicon.surnameCount(word);
    return surname > 0 && surname > 10L * lexicon.givenCount(word);
  }

  /** Whether a word is letters with single apostrophes or hyphens between them. */
  private static boolean isNameWord(String word) {
    if (word.isEmpty()) {
      return false;
    }
    int previous = '-';
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      boolean letter = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK && i > 0;
      boolean joiner = c == '-' || c == '\'' || c == '\u2019';
      if (!letter && !joiner) {
        return false;
      }
      if (joiner && (previous == '-' || previous == '\'' || previous == '\u2019')) {
        return false;
      }
      previous = c;
      i += Character.charCount(c);
    }
    return previous != '-' && previous != '\'' && previous != '\u2019';
  }

  /** A lower-case ASCII slug of a display name for sign-in names ("María J." gives "maria-j"). */
  static String slug(String name) {
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        out.append(c);
      } else if ((c == ' ' || c == '-') && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    if (out.length() > 24) {
      out.setLength(24);
    }
    return out.length() == 0 ? "member" : out.toString();
  }
}
