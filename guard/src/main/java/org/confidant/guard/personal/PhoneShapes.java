package org.confidant.guard.personal;

import java.util.Set;

/**
 * Tells digit runs that are something other than a phone number by their shape alone: dates,
 * year ranges, social security and card numbers, ZIP+4 codes, IP addresses, decimals and
 * versions, thousands; and knows the public numbers (helplines, emergency numbers) that may
 * always be shared. Pure functions of one bounded run.
 */
final class PhoneShapes {
  private PhoneShapes() {}

  /**
   * National helplines and emergency numbers, as digits without a leading 1: SAMHSA, the old
   * suicide lifeline, the domestic violence, poison control, RAINN and Childhelp lines, the
   * crisis text line.
   */
  private static final Set<String> PUBLIC_NUMBERS = Cues.words(
      "8006624357", "8002738255", "8007997233", "8002221222", "8006564673", "8004224453",
      "741741", "8009854357", "8009506264", "8003444673");

  /** Toll-free area codes of the North American plan. */
  private static final Set<String> TOLL_FREE = Cues.words(
      "800", "888", "877", "866", "855", "844", "833");

  /** Whether the run is, by shape, not a phone number. */
  static boolean notAPhone(DigitRuns.Run run) {
    int[] g = run.groups();
    int n = run.digits().length();
    if (n > DigitRuns.MAX_DIGITS) {
      return true;
    }
    if (!run.plus() && g.length == 1 && n >= 13) {
      return true; // a long unbroken number is an account or card number
    }
    if (run.allSingleDigitGroups()) {
      return n > DigitRuns.MAX_DIGITS || isCounting(run.digits());
    }
    if (g.length > 7) {
      return true;
    }
    return isDate(run) || isSsn(run) || isCard(run) || isZipPlus4(run) || isYearRange(run)
        || isIp(run) || isDecimalOrVersion(run) || isThousands(run) || isTimeRange(run);
  }

  /** "19.30-21.00", "7.30 - 8.45": a range of clock times. */
  static boolean isTimeRange(DigitRuns.Run run) {
    int[] g = run.groups();
    if (g.length != 4 || g[0] > 2 || g[1] != 2 || g[2] > 2 || g[3] != 2) {
      return false;
    }
    String[] seps = run.seps();
    String dash = seps[1].trim();
    if (!seps[0].equals(".") || !seps[2].equals(".")
        || !(dash.equals("-") || dash.equals("–") || dash.equals("—"))) {
      return false;
    }
    int[] v = values(run);
    return v[0] <= 24 && v[2] <= 24 && v[1] <= 59 && v[3] <= 59;
  }

  /** "1 2 3 4 5 6 7": counting up or down, not a number read out. */
  static boolean isCounting(String digits) {
    boolean up = true;
    boolean down = true;
    for (int i = 1; i < digits.length(); i++) {
      int d = digits.charAt(i) - digits.charAt(i - 1);
      up &= d == 1;
      down &= d == -1;
    }
    return up || down;
  }

  /**
   * "11/30/1994", "03.11.1988", "2024-05-03", "12 05 1979": three groups with the same date
   * separator (spaces only with a four-digit year).
   */
  static boolean isDate(DigitRuns.Run run) {
    int[] g = run.groups();
    if (g.length != 3 || !sameSeparator(run)) {
      return false;
    }
    String sep = run.seps()[0].trim();
    int[] v = values(run);
    boolean spaced = sep.isEmpty() && ((g[0] == 4 && isYear(v[0])) || (g[2] == 4 && isYear(v[2])));
    if (!(sep.equals("/") || sep.equals(".") || sep.equals("-") || spaced)) {
      return false;
    }
    if (g[0] == 4 && g[1] <= 2 && g[2] <= 2) {
      return isYear(v[0]) && v[1] >= 1 && v[1] <= 12 && v[2] >= 1 && v[2] <= 31;
    }
    if (g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4)) {
      boolean dm = v[0] >= 1 && v[0] <= 31 && v[1] >= 1 && v[1] <= 31;
      return dm && (v[0] <= 12 || v[1] <= 12);
    }
    return false;
  }

  /** "913-27-4408", "666 41 0927": the US social security shape. */
  static boolean isSsn(DigitRuns.Run run) {
    int[] g = run.groups();
    return g.length == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4;
  }

  /** "4111 1111 1111 1111", "3782 822463 10005". */
  static boolean isCard(DigitRuns.Run run) {
    int[] g = run.groups();
    if (g.length >= 3 && g[0] == 4 && g[1] == 4 && g[2] == 4) {
      return true;
    }
    return g.length == 3 && g[0] == 4 && g[1] == 6 && g[2] == 5;
  }

  /** "77058-1234". */
  static boolean isZipPlus4(DigitRuns.Run run) {
    int[] g = run.groups();
    return g.length == 2 && g[0] == 5 && g[1] == 4 && run.seps()[0].trim().equals("-");
  }

  /** "1990-1995", "2019 2020 2021": years only. */
  static boolean isYearRange(DigitRuns.Run run) {
    int[] g = run.groups();
    if (g.length < 2) {
      return false;
    }
    int[] v = values(run);
    for (int k = 0; k < g.length; k++) {
      if (g[k] != 4 || !isYear(v[k])) {
        return false;
      }
    }
    return true;
  }

  /** "58.74.121.78". */
  static boolean isIp(DigitRuns.Run run) {
    int[] g = run.groups();
    if (g.length != 4 || !run.separatorsOnly(".")) {
      return false;
    }
    for (int v : values(run)) {
      if (v > 255) {
        return false;
      }
    }
    return true;
  }

  /** "3.14159265", "10.0.19041": dots after a one-digit first group, or a one-digit group. */
  static boolean isDecimalOrVersion(DigitRuns.Run run) {
    if (!run.separatorsOnly(".")) {
      return false;
    }
    for (int size : run.groups()) {
      if (size == 1) {
        return true;
      }
    }
    return run.groups().length >= 3 && run.groups()[0] <= 2 && run.groups()[1] <= 2;
  }

  /** "1.234.567", "1 234 567" written as thousands. */
  static boolean isThousands(DigitRuns.Run run) {
    int[] g = run.groups();
    if (g.length < 2 || g[0] > 3) {
      return false;
    }
    for (int k = 1; k < g.length; k++) {
      if (g[k] != 3) {
        return false;
      }
    }
    return run.separatorsOnly(".,") || (g[0] <= 2 && run.separatorsOnly(" \u00A0"));
  }

  /** Whether the number is a national helpline or emergency number. */
  static boolean isPublicNumber(String digits) {
    String d = nationalUs(digits);
    return PUBLIC_NUMBERS.contains(d) || d.length() <= 3;
  }

  /** Whether the number is a North American toll-free number (800, 888, 877, ...). */
  static boolean isTollFree(String digits) {
    String d = nationalUs(digits);
    return d.length() == 10 && TOLL_FREE.contains(d.substring(0, 3));
  }

  /** "555-01xx" in any form: the range reserved for fiction, used for every number in tests. */
  static boolean isFiction555(String digits) {
    String d = nationalUs(digits);
    return (d.length() == 7 || d.length() == 10) && d.startsWith("55501", d.length() - 7);
  }

  private static String nationalUs(String digits) {
    return digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits;
  }

  private static boolean sameSeparator(DigitRuns.Run run) {
    String first = run.seps()[0].trim();
    for (String s : run.seps()) {
      if (!s.trim().equals(first)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isYear(int v) {
    return v >= 1900 && v <= 2099;
  }

  private static int[] values(DigitRuns.Run run) {
    int[] g = run.groups();
    int[] v = new int[g.length];
    int at = 0;
    for (int k = 0; k < g.length; k++) {
      int value = 0;
      for (int c = 0; c < g[k] && c < 9; c++) {
        value = value * 10 + (run.digits().charAt(at + c) - '0');
      }
      v[k] = value;
      at += g[k];
    }
    return v;
  }
}
