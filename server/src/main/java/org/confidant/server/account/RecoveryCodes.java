package org.confidant.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes: made at sign-up, shown once, kept only as SHA-256 hashes.
 *
 * <p>A code is 16 characters from a 32-letter alphabet without look-alikes (no 0/O, 1/I),
 * written as four groups of four: 80 random bits, so a fast unsalted hash is enough (nobody can
 * enumerate 2^80 codes) and lookups need no per-code salt. Typing is forgiving: case, spaces and
 * dashes are ignored.
 */
final class RecoveryCodes {

  static final int COUNT = 10;
  /** 32 symbols: digits 2-9 and letters without I and O. */
  private static final char[] ALPHABET32_SAFE = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** Ten fresh codes, formatted "ABCD-EFGH-JKMN-PQRS". */
  static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int n = 0; n < COUNT; n++) {
      StringBuilder code = new StringBuilder(19);
      for (int i = 0; i < 16; i++) {
        if (i > 0 && i % 4 == 0) {
          code.append('-');
        }
        code.append(ALPHABET32_SAFE[RANDOM.nextInt(ALPHABET32_SAFE.length)]);
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** Hex SHA-256 of the code with case, spaces and dashes removed; null for an empty code. */
  static String hash(String code) {
    if (code == null) {
      return null;
    }
    StringBuilder plain = new StringBuilder();
    for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c != '-' && c != ' ' && !Character.isWhitespace(c)) {
        plain.append(c);
      }
      if (plain.length() > 64) {
        break;
      }
    }
    if (plain.isEmpty()) {
      return null;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
