package org.confidant.guard.people;

/**
 * One word of a {@link Tokens} text.
 *
 * @param start first index in the normalized text
 * @param end index just past the word in the normalized text
 * @param key the word lower-cased, accents removed, curly apostrophes made straight
 * @param capitalized whether the word starts with an upper-case letter
 * @param upper whether every letter of the word is upper-case
 * @param sentence index of the sentence the word is in
 * @param clause index of the clause (stretch between commas, colons or sentence ends)
 * @param commaAfter whether a comma, colon or dash follows the word
 * @param quoted whether the word is inside double quotation marks
 */
public record Token(int start, int end, String key, boolean capitalized, boolean upper,
    int sentence, int clause, boolean commaAfter, boolean quoted) {

  /** The key without a trailing possessive {@code 's} or {@code '}. */
  public String base() {
    if (key.endsWith("'s") && key.length() > 2) {
      return key.substring(0, key.length() - 2);
    }
    if (key.endsWith("'") && key.length() > 1) {
      return key.substring(0, key.length() - 1);
    }
    return key;
  }

  /** Whether the word ends with a possessive {@code 's}. */
  public boolean possessive() {
    return key.endsWith("'s") && key.length() > 2;
  }
}
