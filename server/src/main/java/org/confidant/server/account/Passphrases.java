package org.confidant.server.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The passphrase rule of OWASP ASVS 5.0 V6: length, not guessable, no composition rules.
 *
 * <p>Guarantees: 8 to 128 characters counted as Unicode code points (any characters, spaces
 * included); refused when zxcvbn scores it below 3, taking the member's display name, sign-in name
 * and "confidant" as words an attacker would try first. The reason is a fixed sentence in plain
 * words and never repeats the passphrase. Passphrases are normalised to Unicode NFKC before
 * checking and hashing, so the same passphrase typed on another device still matches.
 */
final class Passphrases {

  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 128;
  static final int MIN_SCORE = 3;

  /** The hint shown under every passphrase field. */
  static final String HINT = "At least 8 characters; 15 or more is better. Several unrelated words make a strong, "
      + "memorable passphrase. Any characters and spaces are fine, up to 128.";

  private final Zxcvbn zxcvbn = new Zxcvbn();

  /** The form checked and hashed: NFKC; null stays null. */
  static String normalise(String passphrase) {
    return passphrase == null ? null : Normalizer.normalize(passphrase, Normalizer.Form.NFKC);
  }

  /**
   * Checks a normalised passphrase.
   *
   * @param userWords words tied to this member (display name, sign-in name); may be empty
   * @return null when acceptable, otherwise the reason in plain words
   */
  String problem(String passphrase, List<String> userWords) {
    if (passphrase == null || passphrase.isEmpty()) {
      return "Enter a passphrase. " + HINT;
    }
    int length = passphrase.codePointCount(0, passphrase.length());
    if (length < MIN_LENGTH) {
      return "That passphrase is too short: use at least 8 characters (15 or more is better).";
    }
    if (length > MAX_LENGTH) {
      return "That passphrase is too long: use at most 128 characters.";
    }
    List<String> inputs = new ArrayList<>();
    inputs.add("confidant");
    for (String w : userWords) {
      if (w != null && !w.isBlank()) {
        inputs.add(w);
        for (String part : w.split("[^\\p{L}\\p{N}]+")) {
          if (part.length() > 1) {
            inputs.add(part);
          }
        }
      }
    }
    Strength strength = zxcvbn.measure(passphrase, inputs);
    try {
      if (strength.getScore() >= MIN_SCORE) {
        return null;
      }
      String warning = strength.getFeedback().getWarning();
      String why = warning == null || warning.isBlank() ? "" : ": " + lowerFirst(stripStop(warning.strip()));
      return "That passphrase would be too easy to guess" + why + ". Try a few unrelated words, "
          + "and avoid your name, common phrases and keyboard patterns.";
    } finally {
      strength.wipe();
    }
  }

  private static String stripStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
