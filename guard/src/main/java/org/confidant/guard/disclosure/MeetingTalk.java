package org.confidant.guard.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.confidant.guard.people.Mention;
import org.confidant.guard.people.People;
import org.confidant.guard.people.Tokens;
import org.confidant.guard.people.Words;

/**
 * Finds reports of what a particular meeting talked about: "At tonight's meeting we talked
 * about resentment", "Tonight's meeting topic was step 4", "Heard the most heartbreaking thing
 * at my AA meeting", "Tough meeting tonight. One guy got fired", "Ayer en mi grupo de AA un señor
 * contó...".
 *
 * <p>A meeting counts when the text pins it down: "at/in/en" a meeting, "tonight's meeting",
 * "the meeting tonight". Saying when a meeting meets ("open meeting Fridays 7pm") is not a
 * report, nor is "I shared" (the writer's own words). Bounded windows; linear.
 */
final class MeetingTalk {
  private MeetingTalk() {}

  private static final Set<String> MEETING = Words.set(
      "meeting", "meetings", "group", "reunion", "grupo", "junta", "sesion");
  private static final Set<String> PLACE_PREP = Words.set("at", "in", "during", "en", "durante");
  private static final Set<String> TIME_POSSESSIVE = Words.set(
      "tonight's", "today's", "yesterday's", "night's", "morning's", "monday's", "tuesday's",
      "wednesday's", "thursday's", "friday's", "saturday's", "sunday's", "week's");
  private static final Set<String> TIME_AFTER = Words.set(
      "tonight", "today", "yesterday", "last", "this", "anoche", "hoy", "ayer", "earlier");
  private static final Set<String> REPORT = Words.set(
      "talked", "discussed", "topic", "shared", "said", "told", "admitted", "confessed",
      "cried", "spoke", "mentioned", "opened", "heard", "story", "share", "talking", "sharing",
      "discussing", "conto", "compartio", "hablo", "hablamos", "dijo", "confeso", "tema",
      "platico", "lloro", "admitio", "came", "brought", "revealed", "talk", "discussion");

  /** Spans {@code [firstWord, lastWord]} of meeting reports in {@code t}. */
  static List<int[]> find(Tokens t, People people) {
    List<int[]> out = new ArrayList<>();
    for (int j = 0; j < t.size(); j++) {
      if (!MEETING.contains(t.key(j)) || !pinned(t, j)) {
        continue;
      }
      int from = refStart(t, j);
      int cue = reportAfter(t, people, j);
      int to;
      if (cue >= 0) {
        to = cue;
      } else {
        int before = reportBefore(t, j);
        if (before < 0) {
          continue;
        }
        from = before;
        to = j;
      }
      out.add(new int[] {from, to});
    }
    return out;
  }

  private static boolean pinned(Tokens t, int j) {
    for (int b = j - 1; b >= Math.max(0, j - 4); b--) {
      if (!t.sameSentence(b, j)) {
        break;
      }
      String k = t.key(b);
      if (PLACE_PREP.contains(k) || TIME_POSSESSIVE.contains(k)) {
        return true;
      }
      if (k.equals("from") || k.equals("after") || k.equals("before") || k.equals("to")) {
        return false;
      }
    }
    if (j + 1 >= t.size() || !t.sameSentence(j, j + 1)) {
      return false;
    }
    String next = t.key(j + 1);
    String after = t.key(j + 2);
    if (next.equals("this")) {
      return after.equals("morning") || after.equals("evening") || after.equals("afternoon");
    }
    if (next.equals("last")) {
      return after.equals("night");
    }
    if (TIME_AFTER.contains(next)) {
      return true;
    }
    return next.equals("de") && TIME_AFTER.contains(after);
  }

  private static int refStart(Tokens t, int j) {
    int from = j;
    for (int b = j - 1; b >= Math.max(0, j - 4) && t.sameSentence(b, j); b--) {
      String k = t.key(b);
      from = b;
      if (PLACE_PREP.contains(k) || TIME_POSSESSIVE.contains(k)) {
        break;
      }
    }
    return from;
  }

  private static int reportAfter(Tokens t, People people, int j) {
    int sentence = t.get(j).sentence();
    for (int a = j + 1; a < Math.min(t.size(), j + 15); a++) {
      if (t.get(a).sentence() > sentence + 1) {
        break;
      }
      if (REPORT.contains(t.key(a)) && !firstPersonSingular(t, a)) {
        return a;
      }
      Mention m = people.at(a);
      if (m != null && (m.kind() == Mention.Kind.VAGUE || m.kind() == Mention.Kind.FELLOW)
          && !t.key(m.first()).equals("everyone") && !t.key(m.first()).equals("anyone")
          && !t.key(m.first()).equals("everybody") && !t.key(m.first()).equals("anybody")) {
        return m.last() + 1 < t.size() && t.sameSentence(m.last(), m.last() + 1)
            ? m.last() + 1 : m.last();
      }
    }
    return -1;
  }

  private static int reportBefore(Tokens t, int j) {
    for (int b = j - 1; b >= Math.max(0, j - 9); b--) {
      if (!t.sameSentence(b, j)) {
        break;
      }
      if (REPORT.contains(t.key(b)) && !firstPersonSingular(t, b)) {
        return b;
      }
    }
    return -1;
  }

  private static boolean firstPersonSingular(Tokens t, int a) {
    String b = t.key(a - 1);
    return b.equals("i") || b.equals("yo") || (b.equals("finally") && t.key(a - 2).equals("i"));
  }
}
