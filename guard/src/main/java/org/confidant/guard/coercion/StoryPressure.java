package org.confidant.guard.coercion;

import java.util.List;
import org.confidant.guard.coercion.CoercionRecognizer.Hit;
import org.confidant.guard.safety.PhraseTable;
import org.confidant.guard.safety.Words;

/**
 * Coercion to tell a story rather than a detail: "you have to tell the group what you did",
 * "tell Sarah what you told me", threats to out someone, and standing pressure to share.
 *
 * <p>Each check is anchored on one word and looks at a window of at most a dozen words: linear.
 */
final class StoryPressure {
  private StoryPressure() {}

  private static final java.util.Set<String> IMPERATIVE_TELL = org.confidant.guard.text.WordTable.of("tell", "share",
      "say", "admit", "confess", "explain", "spill", "cuentale", "cuentales", "cuentanos",
      "cuentame", "dile", "diles", "dinos", "comparte", "cuenta", "cuenten", "confiesa");
  private static final java.util.Set<String> SKIP = org.confidant.guard.text.WordTable.of("just", "really", "still",
      "always", "also", "all", "to", "que", "go", "ahead", "and", "now", "then", "first", "both",
      "even", "finally", "actually", "honestly", "seriously");
  private static final java.util.Set<String> NEEDS_SUBJECT = org.confidant.guard.text.WordTable.of("have", "has",
      "need", "needs", "got", "supposed", "expected", "required", "better", "gotta", "must");

  static void collect(Words w, List<Hit> hits) {
    for (int i = 0; i < w.size(); i++) {
      String x = w.word(i);
      if (CoercionCues.DISCLOSE.contains(x)) {
        tell(w, i, hits);
      }
      if (CoercionCues.OUT_VERB.contains(x)) {
        threat(w, i, hits);
      }
      int end = CoercionCues.PRESSURE.endOfMatchAt(w, i);
      if (end > i && !negatedBefore(w, i)) {
        hits.add(new Hit(i, end, true));
      }
      end = CoercionCues.PRESSURE_FINAL.endOfMatchAt(w, i);
      if (end > i && (end >= w.size() || !w.sameClause(end - 1, end))) {
        hits.add(new Hit(i, end, true));
      }
    }
  }

  /** A telling verb under obligation or in the imperative, with a story as its object. */
  private static void tell(Words w, int j, List<Hit> hits) {
    int frame = obligation(w, j);
    boolean obliged = frame >= 0;
    if (!obliged && IMPERATIVE_TELL.contains(w.word(j)) && CoercionRecognizer.previous(w, j) < 0
        && !w.is(j + 1, "you") && !w.is(j + 1, "u")) {
      frame = j;
    }
    if (frame < 0) {
      return;
    }
    int end = objectEnd(w, j, CoercionCues.STORY, 9);
    if (end < 0 && obliged) {
      end = objectEnd(w, j, CoercionCues.AUDIENCE, 3);
    }
    if (end > 0) {
      hits.add(new Hit(frame, end, true));
    }
  }

  /** Start of an obligation laid on someone else before verb {@code j}, or -1. */
  private static int obligation(Words w, int j) {
    for (int k = j - 1; k >= 0 && k >= j - 8 && w.sameClause(k, j); k--) {
      int end = CoercionCues.OBLIGATION_FRAME.endOfMatchAt(w, k);
      if (end > k && end <= j && !CoercionCues.NEGATION.contains(w.word(k - 1))) {
        return k;
      }
    }
    if (w.is(j - 1, "to") && w.is(j - 2, "you")
        && (w.is(j - 3, "need") || w.is(j - 3, "want") || w.is(j - 3, "expect"))) {
      return j - 3;
    }
    if (w.is(j - 1, "you") && (w.is(j - 2, "until") || w.is(j - 2, "unless"))) {
      return j - 2;
    }
    if (w.is(j - 1, "dont") && w.is(j - 2, "you") && w.is(j - 3, "if")) {
      return j - 3; // "if you don't tell the group what happened, I will"
    }
    int q = j - 1;
    if (w.is(q, "le") || w.is(q, "les") || w.is(q, "nos") || w.is(q, "me")) {
      q--;
    }
    if (w.is(q, "no") && w.is(q - 1, "si")) {
      return q - 1; // "si no le cuentas al grupo lo que pasó"
    }
    if (w.is(q, "que") && (w.is(q - 1, "quiero") || w.is(q - 1, "necesito")
        || w.is(q - 1, "exijo"))) {
      return q - 1; // "quiero que le cuentes a todos lo que hiciste"
    }
    if ((w.is(j - 1, "will") || w.is(j - 1, "shall")) && w.is(j - 2, "you")) {
      return j - 2; // "you will tell your sponsor everything about the affair"
    }
    int p = j - 1;
    for (int n = 0; n < 4 && p >= 0 && w.sameClause(p, j); n++, p--) {
      String x = w.word(p);
      if (SKIP.contains(x)) {
        continue;
      }
      if (!CoercionCues.OBLIGATION.contains(x) || x.equals("want")) {
        return -1;
      }
      for (int k = p - 1; k >= p - 3 && k >= 0 && w.sameClause(k, p); k--) {
        if (CoercionCues.NEGATION.contains(w.word(k))) {
          return -1;
        }
      }
      if (NEEDS_SUBJECT.contains(x)) {
        int s = p - 1;
        while (s >= 0 && w.sameClause(s, p) && SKIP.contains(w.word(s))) {
          s--;
        }
        if (s >= 0 && w.sameClause(s, p) && CoercionCues.SELF.contains(w.word(s))) {
          return -1;
        }
        return s >= 0 && w.sameClause(s, p) ? s : p;
      }
      return p;
    }
    return -1;
  }

  private static int objectEnd(Words w, int j, PhraseTable<Boolean> table, int window) {
    for (int k = j + 1; k <= j + window && k < w.size() && w.sameSentence(k, j); k++) {
      int end = table.endOfMatchAt(w, k);
      if (end > k) {
        return end;
      }
    }
    return -1;
  }

  /** "I'll tell everyone you're in AA unless…", "or I'm telling the group you're a liar". */
  private static void threat(Words w, int j, List<Hit> hits) {
    int subject = -1;
    for (int k = j - 1; k >= 0 && k >= j - 4 && w.sameClause(k, j); k--) {
      String x = w.word(k);
      if (x.equals("i") || x.equals("ill") || x.equals("im") || x.equals("we")
          || x.equals("well") || x.equals("were") || x.equals("voy") || x.equals("le")
          || x.equals("les") || x.equals("yo")) {
        subject = k;
      }
    }
    if (subject < 0 && (w.word(j).equals("digo") || w.word(j).equals("cuento")
        || w.word(j).equals("publico"))) {
      subject = j;
    }
    if (subject < 0 || CoercionCues.NEGATION.contains(w.word(subject + 1))) {
      return;
    }
    int audience = -1;
    for (int k = j + 1; k <= j + 6 && k < w.size() && w.sameSentence(k, j); k++) {
      if (CoercionCues.OUT_AUDIENCE.contains(w.word(k))) {
        audience = k;
        break;
      }
    }
    if (audience < 0) {
      return;
    }
    boolean condition = w.is(subject - 1, "or") || w.is(subject - 1, "o");
    int end = audience + 1;
    int from = subject;
    for (int k = Math.max(0, j - 12); k < Math.min(w.size(), j + 12); k++) {
      if (!w.sameSentence(k, j)) {
        continue;
      }
      int e = CoercionCues.THREAT_TERMS.endOfMatchAt(w, k);
      if (e > k) {
        condition = true;
        from = Math.min(from, k);
        end = Math.max(end, e);
      }
    }
    if (condition) {
      hits.add(new Hit(from, end, true));
    }
  }

  private static boolean negatedBefore(Words w, int i) {
    return w.is(i - 1, "not") || w.is(i - 1, "dont") || w.is(i - 1, "never");
  }
}
