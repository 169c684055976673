package org.confidant.guard.meeting;

import java.util.Set;

/**
 * The small grammar {@link MeetingReportRecognizer} reads a sentence with: who the subject of a
 * verb is, whether a meeting is named as the place ("at the Tuesday meeting"), times, talking
 * verbs' "about", conduct words. Every look is bounded to a few words around a position, so a
 * scan stays linear. Stateless helpers.
 */
final class ReportGrammar {
  static final int LOOK_BACK = 8;

  private ReportGrammar() {}

  static final Set<String> THINGS = org.confidant.guard.text.WordTable.of(
      "thing", "things", "story", "stories", "something", "stuff", "share", "shares", "algo",
      "historia", "cosa");

  /** Whether "heard" is followed within five words by "thing", "story", "something". */
  static boolean heardThing(Tokens t, int from, int b) {
    for (int j = from; j < Math.min(b, from + 5); j++) {
      if (THINGS.contains(t.lower[j])) {
        return true;
      }
    }
    return false;
  }

  /**
   * One content word is enough after "about" or a clause ("that", "he's", "que"): "said he's
   * drinking"; otherwise two: "shared for the first time tonight" reports nothing.
   */
  static int minContent(Tokens t, int contentFrom, int a, int b) {
    if (contentFrom > a && contentFrom - 1 < t.size && ABOUT.contains(t.lower[contentFrom - 1])) {
      return 1;
    }
    int j = clauseStart(t, contentFrom, a, b);
    return j < b && ReportCues.CLAUSE.contains(t.lower[j]) ? 1 : 2;
  }

  /** The first word of the reported clause, past "at the Tuesday meeting", "tonight". */
  static int clauseStart(Tokens t, int contentFrom, int a, int b) {
    int j = contentFrom;
    while (j < b && (ReportCues.PLACE.contains(t.lower[j]) || isTime(t, j, a)
        || t.lower[j].equals("so") || t.lower[j].equals("last"))) {
      j++;
      while (j < b && meetingPhrase(t, j, a) && !ReportCues.CLAUSE.contains(t.lower[j])) {
        j++;
      }
    }
    return j;
  }

  /** "about", "of", "de" or "sobre" within three words after a talking verb, or -1. */
  static int aboutAfter(Tokens t, int k, int b) {
    for (int j = k + 1; j < Math.min(b, k + 7); j++) {
      String w = t.lower[j];
      if (w.equals("about") || w.equals("de") || w.equals("sobre") || w.equals("of")) {
        return j;
      }
      if (!(ReportCues.ADVERB.contains(w) || w.equals("on") || w.equals("a") || w.equals("lot")
          || w.equals("openly") || meetingPhrase(t, j, k))) {
        return -1;
      }
    }
    return -1;
  }

  static final Set<String> INTENSIFIERS = org.confidant.guard.text.WordTable.of(
      "so", "totally", "clearly", "obviously", "completely", "super", "visibly", "really",
      "still", "again", "way", "pretty");

  static boolean isConduct(Tokens t, int k, int b) {
    String w = t.lower[k];
    if (w.equals("storm") || w.equals("stormed") || w.equals("storming")
        || w.equals("nodded") || w.equals("nodding") || w.equals("passed")) {
      return k + 1 < b && (t.lower[k + 1].equals("out") || t.lower[k + 1].equals("off"));
    }
    if (w.equals("reeked") || w.equals("reeking") || w.equals("smelled") || w.equals("smelling")) {
      return k + 1 < b && (t.lower[k + 1].equals("of") || t.lower[k + 1].equals("like"));
    }
    if (w.equals("hitting") || w.equals("hit")) {
      return k + 1 < b && t.lower[k + 1].equals("on");
    }
    if (ReportCues.CONDUCT.contains(w)) {
      return !w.startsWith("borrach") || (k > 0 && t.lower[k - 1].startsWith("lleg"));
    }
    if (w.equals("showed") || w.equals("shows") || w.equals("came") || w.equals("was")) {
      int j = k + 1;
      if (j < b && t.lower[j].equals("up")) {
        j++;
      }
      if (j < b && INTENSIFIERS.contains(t.lower[j])) {
        j++;
      }
      return j < b && t.is(j, ReportCues.STATE);
    }
    return false;
  }

  static final Set<String> ABOUT =
      org.confidant.guard.text.WordTable.of("about", "on", "where", "when", "how", "sobre", "de");

  /** "about" after "share", past a time or "was": "Mike's share last night was about", or -1. */
  static int shareAbout(Tokens t, int k, int b) {
    for (int j = k + 1; j < Math.min(b, k + 6); j++) {
      if (ABOUT.contains(t.lower[j])) {
        return j;
      }
      String w = t.lower[j];
      if (!(meetingPhrase(t, j, k) || w.equals("was") || w.equals("is") || w.equals("fue")
          || w.equals("tonight") || w.equals("all"))) {
        return -1;
      }
    }
    return -1;
  }

  /** "Denise's", "his", "her", "their" before "share"; not "your", "my", "our". */
  static boolean possessor(Tokens t, int j) {
    String w = t.lower[j];
    return (w.endsWith("'s") && !w.equals("everyone's") && !w.equals("anyone's")
        && !w.equals("what's") && !w.equals("that's") && !w.equals("it's"))
        || w.equals("his") || w.equals("her") || w.equals("their");
  }

  enum Own { OWN, OTHER, SPEAKER, UNKNOWN }

  /** Whose report it is, from the nearest subject-like word before the verb. */
  static Own subject(Tokens t, int k, int a) {
    int s = subjectAt(t, k, a);
    if (s < 0) {
      // "Shared tonight about my dad": an English diary style drops "I"; Spanish "contó" is
      // third person by its ending.
      return k == a && !ReportCues.SPANISH_VERBS.contains(t.lower[k]) ? Own.OWN : Own.UNKNOWN;
    }
    if (t.is(s, ReportCues.FIRST_SECOND) || t.is(s, ReportCues.GENERAL)) {
      return Own.OWN;
    }
    return t.base(s).equals("speaker") ? Own.SPEAKER : Own.OTHER;
  }

  static int subjectStart(Tokens t, int k, int a) {
    int s = subjectAt(t, k, a);
    if (s < 0 || t.is(s, ReportCues.FIRST_SECOND)) {
      return k;
    }
    // Take in a determiner or possessor right before the subject: "our GSR", "the speaker".
    if (s > a && (t.lower[s - 1].equals("the") || t.lower[s - 1].equals("our")
        || t.lower[s - 1].equals("my") || t.lower[s - 1].equals("a") || t.lower[s - 1].equals("un")
        || t.lower[s - 1].equals("una") || t.lower[s - 1].equals("one") || t.capital[s - 1])) {
      return s - 1;
    }
    return s;
  }

  /** The nearest subject-like word at most {@value #LOOK_BACK} words back, or -1. */
  static int subjectAt(Tokens t, int k, int a) {
    for (int j = k - 1; j >= Math.max(a, k - LOOK_BACK); j--) {
      String w = t.lower[j];
      if (w.equals("what") || w.equals("que") || w.equals("who") || w.equals("whom")) {
        return -1; // the subject sits between the relative word and the verb, unrecognised
      }
      if (ReportCues.FIRST_SECOND.contains(w) || ReportCues.THIRD.contains(t.base(j))
          || ReportCues.GENERAL.contains(w)) {
        return j;
      }
      if (t.capital[j] && !isTime(t, j, a) && !w.equals("aa") && !w.equals("na")
          && Terms.term(w, false) != null && !ReportCues.MEETING.contains(w)) {
        return j;
      }
      if (w.endsWith("'s") && !isTime(t, j, a) && !meetingPhrase(t, j, a)) {
        return j;
      }
    }
    return -1;
  }

  static boolean passive(Tokens t, int k, int a) {
    if (t.lower[k].endsWith("ing")) {
      return false; // "was talking about" is progressive, not passive
    }
    int j = k - 1;
    while (j >= a && ReportCues.ADVERB.contains(t.lower[j])) {
      j--;
    }
    return j >= a && ReportCues.PASSIVE.contains(t.lower[j]);
  }

  static boolean isMeetingWord(Tokens t, int k) {
    if (!t.maybeMeeting[k]) {
      return false;
    }
    String w = t.base(k);
    if ((w.equals("study") || w.equals("studies")) && k > 0) {
      return t.lower[k - 1].equals("step") || t.lower[k - 1].equals("book");
    }
    if (!ReportCues.MEETING.contains(w)) {
      return false;
    }
    if (w.equals("group") || w.equals("grupo")) {
      return !t.is(k + 1, ReportCues.NOT_MEETING_AFTER_GROUP)
          && !(k > 0 && (t.lower[k - 1].equals("whole") || t.lower[k - 1].equals("the")
              && t.is(k + 1, ReportCues.NOT_MEETING_AFTER_GROUP)));
    }
    return true;
  }

  /** Whether the meeting word at k is placed: "at the Tuesday meeting", "en mi grupo". */
  static boolean placed(Tokens t, int k, int a) {
    return placedAt(t, k, a) >= 0;
  }

  /** The index of the preposition placing the meeting word at k, or -1. */
  static int placedAt(Tokens t, int k, int a) {
    for (int j = k - 1; j >= Math.max(a, k - 6); j--) {
      if (ReportCues.PLACE.contains(t.lower[j])) {
        return j;
      }
      if (!(meetingPhrase(t, j, a) || t.capital[j])) {
        return -1;
      }
    }
    return -1;
  }

  static boolean isTime(Tokens t, int k, int a) {
    if (!t.maybeTime[k]) {
      return false;
    }
    String w = t.base(k);
    if (ReportCues.TIME.contains(w)) {
      return true;
    }
    return (w.equals("night") || w.equals("week")) && k > a
        && (t.lower[k - 1].equals("last") || t.lower[k - 1].equals("this"));
  }

  static boolean meetingPhrase(Tokens t, int k, int a) {
    String w = t.lower[k];
    return ReportCues.PHRASE.contains(w) || ReportCues.PLACE.contains(w)
        || ReportCues.MEETING.contains(t.base(k)) || isTime(t, k, a);
  }
}
