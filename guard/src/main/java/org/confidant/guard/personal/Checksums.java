package org.confidant.guard.personal;

/**
 * Check-digit tests for identifiers: Luhn (payment cards), ISO 13616 mod-97 (IBAN) and the ABA
 * routing-number checksum.
 *
 * <p>Every method takes the identifier with separators already removed, runs in time linear in
 * its length, and returns {@code false} (never throws) on malformed input.
 */
final class Checksums {
  private Checksums() {}

  /** Whether {@code digits} (ASCII digits only) passes the Luhn check. */
  static boolean luhn(CharSequence digits) {
    int n = digits.length();
    if (n < 2) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = n - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * Whether {@code iban} (upper- or lower-case letters and digits, no spaces) is a well-formed
   * IBAN: two letters, two check digits, 11 to 30 more letters or digits, remainder 1 mod 97.
   */
  static boolean iban(CharSequence iban) {
    int n = iban.length();
    if (n < 15 || n > 34) {
      return false;
    }
    if (!isLetter(iban.charAt(0)) || !isLetter(iban.charAt(1))
        || !isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3))) {
      return false;
    }
    int rem = 0;
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      if (isDigit(c)) {
        rem = (rem * 10 + (c - '0')) % 97;
      } else if (isLetter(c)) {
        int v = Character.toUpperCase(c) - 'A' + 10;
        rem = (rem * 100 + v) % 97;
      } else {
        return false;
      }
    }
    return rem == 1;
  }

  /** Whether {@code digits} is nine ASCII digits passing the ABA routing checksum. */
  static boolean abaRouting(CharSequence digits) {
    if (digits.length() != 9) {
      return false;
    }
    int[] w = {3, 7, 1};
    int sum = 0;
    boolean allZero = true;
    for (int i = 0; i < 9; i++) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      allZero &= d == 0;
      sum += w[i % 3] * d;
    }
    return !allZero && sum % 10 == 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
