package org.confidant.guard.personal;

import java.util.List;
import java.util.Set;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags dates of birth: a calendar date introduced as someone's birth date or birthday ("born on
 * March 3, 1985", "DOB 03/14/1990", "my birthday is July 4th", "nací el 3 de marzo de 1985",
 * "fecha de nacimiento 14/03/1990").
 *
 * <p>Deliberately passes sobriety dates and anniversaries ("my 2-year birthday", "sober since
 * March 3, 2021", "clean date 6/1/2020", "AA birthday", "cumpleaños de sobriedad"): when a
 * sobriety cue is nearer to the date than the birth cue, the date is not a birth date. Also passes
 * ages, a year alone ("born in 1985"), death dates after a birth date, and dates with no birth cue
 * in the same sentence. A month and day without a year ("my birthday is July 4th") and a month
 * with a year ("born March 1985") count when a birth cue sits close before them: they narrow
 * down who someone is, and the GUIDE's birth-date kind has no exception for partial dates.
 *
 * <p>Subject: the writer's own when the cue is "my"/"I was born"/"nací"; "my son was born" and
 * everything else is someone else's. Scores: 0.9 with a year, 0.7 without.
 */
public final class BirthDateRecognizer implements Recognizer {
  static final String ID = "personal-info/birth-date";

  /** Tokens looked back from a date for a cue, within its sentence. */
  private static final int BACK = 25;
  /** Tokens looked back for a cue when the date has no year. */
  private static final int BACK_NO_YEAR = 8;

  private static final Set<String> BIRTH = org.confidant.guard.text.WordTable.of("born", "dob", "birthday", "birthdays", "bday",
      "birthdate", "birth", "nacimiento", "nací", "naci", "nació", "nacio", "nacida", "nacido",
      "nacidos", "nacidas", "nacimos", "cumpleaños", "cumpleanos", "natalicio", "nac", "cumple",
      "birthdate's");
  private static final Set<String> SOBER = org.confidant.guard.text.WordTable.of("sober", "sobriety", "clean", "anniversary",
      "anniversaries", "aniversario", "sobriedad", "sobrio", "sobria", "limpio", "limpia", "since",
      "desde", "dry", "chip", "coin", "medallion", "relapsed", "relapse", "slip", "quit", "stopped",
      "drink", "drank", "meeting", "reunión", "reunion", "recaída", "recaida", "died", "passed",
      "death", "funeral", "murió", "murio", "falleció", "fallecio", "muerte", "aa", "na",
      "al-anon", "programa", "program");
  /** Words that, just before "birthday", make it a sobriety birthday ("my AA birthday"). */
  private static final Set<String> BIRTHDAY_SOBER = org.confidant.guard.text.WordTable.of("aa", "na", "ca", "program",
      "recovery", "sobriety", "sober", "clean", "spiritual", "year", "years", "yr", "month",
      "months", "sobriedad", "program's", "first", "second", "third");
  private static final Set<String> RELATIONS = org.confidant.guard.text.WordTable.of("son", "daughter", "kid", "kids", "child",
      "wife", "husband", "mom", "mother", "dad", "father", "brother", "sister", "friend", "sponsee",
      "sponsor", "cousin", "partner", "girlfriend", "boyfriend", "grandson", "granddaughter",
      "hijo", "hija", "esposa", "esposo", "mamá", "papá", "madre", "padre", "hermano", "hermana",
      "ahijado", "ahijada", "padrino", "madrina", "amigo", "amiga", "nieto", "nieta");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.PERSONAL_INFO;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    String text = analysis.normalized().text();
    DetailTokens t = DetailTokens.of(analysis);
    if (!anyBirthWord(t)) {
      return; // every finding needs a birth word as its cue: none, no finding
    }
    for (int i = 0; i < t.size(); i++) {
      DateReader.DateSpan d = DateReader.at(t, i);
      if (d == null) {
        continue;
      }
      int cue = birthCue(t, d);
      if (cue >= 0) {
        double score = d.hasYear() ? 0.9 : 0.7;
        out.add(analysis.finding(Rule.PERSONAL_INFO, Kind.BIRTH_DATE, t.start(d.first()),
            t.end(d.last()), score, subject(t, cue), explanation(), ID));
      }
      i = d.last();
    }
  }

  /** ASCII first letters of the words {@link #isBirthWord} can accept. */
  private static final boolean[] BIRTH_FIRST = new boolean[128];

  static {
    for (String w : BIRTH) {
      if (w.charAt(0) >= 128) {
        throw new AssertionError("non-ASCII first letter: " + w);
      }
      BIRTH_FIRST[w.charAt(0)] = true;
    }
    BIRTH_FIRST['d'] = true; // "b-day"
    BIRTH_FIRST['b'] = true; // "d.o.b"
  }

  /** Whether some token of the message is a birth word ({@link #isBirthWord}); one pass. */
  private static boolean anyBirthWord(DetailTokens t) {
    String lower = t.lower();
    for (int k = 0; k < t.size(); k++) {
      if (t.type(k) != DetailTokens.WORD) {
        continue; // birth words are letters only
      }
      char c = lower.charAt(t.start(k));
      if (c < 128 && BIRTH_FIRST[c] && isBirthWord(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** The token index of the birth cue that introduces the date, or -1 when there is none. */
  private static int birthCue(DetailTokens t, DateReader.DateSpan d) {
    int limit = d.hasYear() ? BACK : BACK_NO_YEAR;
    for (int k = d.first() - 1, seen = 0; k >= 0 && seen < limit; k--, seen++) {
      if (isBoundary(t, k)) {
        break;
      }
      String w = t.low(k);
      if (SOBER.contains(w) || isSobrietyBirthday(t, k)) {
        return -1;
      }
      if (isBirthWord(t, k)) {
        return k;
      }
    }
    // "12/05/1979 is my birthday", "3 de marzo de 1985 (mi cumpleaños)".
    for (int k = d.last() + 1, seen = 0; k < t.size() && seen < 5; k++, seen++) {
      if (isBoundary(t, k) || SOBER.contains(t.low(k))) {
        return -1;
      }
      if (isBirthWord(t, k) && !isSobrietyBirthday(t, k)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isBirthWord(DetailTokens t, int k) {
    String w = stripPossessive(t.low(k));
    if (BIRTH.contains(w)) {
      // "born again" is a way of speaking, not a birth.
      return !(w.equals("born") && t.low(k + 1).equals("again"));
    }
    // "b-day", "d.o.b".
    if (w.equals("day") && t.isPunct(k - 1, '-') && t.low(k - 2).equals("b")) {
      return true;
    }
    return w.equals("b") && t.isPunct(k - 1, '.') && t.low(k - 2).equals("o");
  }

  /** "birthday's" -> "birthday". */
  private static String stripPossessive(String w) {
    return w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
  }

  /** Whether token {@code k} is "birthday"/"cumpleaños" used for a sobriety anniversary. */
  private static boolean isSobrietyBirthday(DetailTokens t, int k) {
    String w = stripPossessive(t.low(k));
    if (!w.equals("birthday") && !w.equals("birthdays") && !w.startsWith("cumple")) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (BIRTHDAY_SOBER.contains(t.low(j))) {
        return true;
      }
    }
    // "my 3rd birthday", "5 birthday": a small count is years sober; "40th birthday" is a birthday.
    for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
      int n = t.isNum(j) ? t.value(j) : DateReader.ordinalDay(t, j);
      if (n > 0 && n < 15 && !t.isPunct(j + 1, '/') && !t.isPunct(j - 1, '/')) {
        return true;
      }
    }
    // "cumpleaños de sobriedad", "birthday in the program".
    for (int j = k + 1; j <= Math.min(t.size() - 1, k + 3); j++) {
      String v = t.low(j);
      if (v.equals("sobriedad") || v.equals("program") || v.equals("programa")
          || v.equals("meeting") || v.equals("chip") || v.equals("coin")) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} ends a sentence (a '.', '!' or '?' followed by space, or a line break). */
  static boolean isBoundary(DetailTokens t, int k) {
    if (t.lineBreakBefore(k + 1)) {
      return true;
    }
    return t.isSentenceEnd(k) && !t.touchesPrevious(k + 1) && !t.isPunct(k, ';')
        && !(t.isPunct(k, '.') && k > 0 && t.isWord(k - 1) && t.touchesPrevious(k)
        && (t.length(k - 1) <= 2 || ABBREVIATIONS.contains(t.low(k - 1))));
  }

  /** Words whose abbreviating period does not end a sentence ("F. nac.", "Apt.", "Ave."). */
  private static final Set<String> ABBREVIATIONS = org.confidant.guard.text.WordTable.of("nac", "dob", "apt", "ave", "blvd",
      "ste", "num", "núm", "nro", "tel", "ref", "exp", "mrs", "col", "int", "dept", "depto",
      "approx", "aprox", "avda", "pza", "calle", "sra", "srta");

  private static Subject subject(DetailTokens t, int cue) {
    String c = t.low(cue);
    if (c.equals("nací") || c.equals("naci") || c.equals("nacimos")) {
      return Subject.AUTHOR;
    }
    for (int j = cue - 1; j >= Math.max(0, cue - 4); j--) {
      String w = t.low(j);
      if (w.equals("my") || w.equals("mi") || w.equals("mine") || w.equals("mío")) {
        return RELATIONS.contains(t.low(j + 1)) ? Subject.OTHER : Subject.AUTHOR;
      }
      if (w.equals("i") || w.equals("i'm") || w.equals("yo")) {
        return Subject.AUTHOR;
      }
    }
    return Subject.OTHER;
  }

  private static String explanation() {
    return "This looks like someone's date of birth. \"" + Rule.PERSONAL_INFO.principle()
        + "\": a birth date helps identify a person, so it should stay out of messages.";
  }
}
