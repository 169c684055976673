package org.confidant.guard.coercion;

import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.safety.PhraseTable;
import org.confidant.guard.safety.Words;

/**
 * Per-sentence marks for coercion: worded as optional ("no pressure"), or under pressure ("or
 * I'll…", "whoever did it"). A mark reaches the sentences just before and after it too.
 *
 * <p>Built in one pass over the words; linear time.
 */
final class SentenceFlags {
  private final boolean[] noPressure;
  private final boolean[] pressured;

  private SentenceFlags(int sentences) {
    noPressure = new boolean[sentences];
    pressured = new boolean[sentences];
  }

  static SentenceFlags of(Words w) {
    int n = w.size() == 0 ? 0 : w.sentence(w.size() - 1) + 1;
    SentenceFlags f = new SentenceFlags(n);
    List<PhraseTable.Match<Boolean>> here = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      here.clear();
      CoercionCues.NO_PRESSURE.matchAt(w, i, here);
      if (!here.isEmpty()) {
        f.noPressure[w.sentence(i)] = true;
      }
      int end = CoercionCues.CLAUSE_FINAL_NO_PRESSURE.endOfMatchAt(w, i);
      if (end > i && (end >= w.size() || !w.sameClause(end - 1, end))) {
        f.noPressure[w.sentence(i)] = true;
      }
      if (CoercionCues.PRESSURE_CONTEXT.endOfMatchAt(w, i) >= 0
          || CoercionCues.PRESSURE.endOfMatchAt(w, i) >= 0
          || CoercionCues.THREAT_TERMS.endOfMatchAt(w, i) >= 0) {
        f.pressured[w.sentence(i)] = true;
      }
    }
    return f;
  }

  /** Whether sentence {@code s} or a neighbour says the request is optional. */
  boolean noPressure(int s) {
    return near(noPressure, s);
  }

  /** Whether sentence {@code s} or a neighbour adds pressure, a condition or an accusation. */
  boolean pressured(int s) {
    return near(pressured, s);
  }

  private static boolean near(boolean[] marks, int s) {
    for (int k = s - 1; k <= s + 1; k++) {
      if (k >= 0 && k < marks.length && marks[k]) {
        return true;
      }
    }
    return false;
  }
}
