package org.confidant.guard.meeting;

import static org.confidant.guard.meeting.ReportGrammar.*;

import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.meeting.ReportCues.Verb;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags, outside a meeting, a report of what someone said or did in a meeting, with or without
 * the share on record: "at Tuesday's meeting Mike said he…", "our GSR shared last week that…",
 * "one woman's share about her abortion", "Kevin stormed out of Sunday's meeting yelling",
 * "en la reunión Ana contó que…".
 *
 * <p>Within one sentence it needs a reporting word ("shared"; "admitted", "confessed" with a
 * meeting or a time; "said", "told us", "talked about", "contó", "dijo" with a meeting place such
 * as "at the meeting", "in group", "en la reunión"), a third person or unknown subject, and
 * reported content after it (or, after "what X said …?", in the next sentence). Disruptive
 * conduct at a meeting ("yelling at the chair", "showed up drunk to the meeting") counts too.
 * The span runs from the subject to the end of the reported content.
 *
 * <p>Deliberately passes: the writer's own words ("I shared about my dad tonight", "we talked
 * about resentment"), the listener's ("your share tonight helped me"), passive and generic
 * talk ("what's said here stays here"), saying that a meeting happened or was good, readings
 * and logistics ("Sarah said the meeting moves to 7pm"), private conversations ("he told me"),
 * and everything inside a meeting. Linear in the text's length; never throws.
 */
public final class MeetingReportRecognizer implements Recognizer {
  static final String ID = "meeting-content/report";
  /** Reported content is read at most this many words past the verb (keeps scans linear). */
  private static final int CONTENT_WINDOW = 40;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.MEETING_CONTENT;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    if (analysis.channel() == Channel.MEETING) {
      return;
    }
    Tokens t = Tokens.of(analysis);
    int i = 0;
    while (i < t.size) {
      int sentenceEnd = t.sentenceEnd[i];
      int[] span = scanSentence(t, i, sentenceEnd);
      if (span != null) {
        out.add(analysis.finding(Rule.MEETING_CONTENT, null, span[0], span[1], 0.7,
            Subject.OTHER, explanation(), ID));
      }
      i = sentenceEnd;
    }
  }

  static String explanation() {
    return "This tells people outside the meeting what someone said or did in a meeting. "
        + Rule.MEETING_CONTENT.principle() + ": please keep what people share there.";
  }

  /** The span of the first report in the sentence {@code [a, b)}, or {@code null}. */
  private static int[] scanSentence(Tokens t, int a, int b) {
    int place = -1;
    boolean meetingWord = false;
    boolean time = false;
    for (int k = a; k < b; k++) {
      if (isMeetingWord(t, k)) {
        meetingWord = true;
        boolean business = k > a && t.lower[k - 1].equals("business");
        int p = business ? -1 : placedAt(t, k, a);
        if (p >= 0 && place < 0) {
          place = p;
        }
      }
      time |= isTime(t, k, a);
    }
    for (int k = a; k < b; k++) {
      int[] span = report(t, k, a, b, place, meetingWord, time);
      if (span != null) {
        return span;
      }
    }
    return null;
  }

  private static int[] report(Tokens t, int k, int a, int b, int placeAt, boolean meetingWord,
      boolean time) {
    if (!t.anchor[k]) {
      return null; // no reporting, hearing or conduct word: no branch below applies
    }
    String w = t.lower[k];
    Verb verb = null;
    int contentFrom = k + 1;
    boolean place = placeAt >= 0;
    // "said"/"told us"/"contó" take a clause: the meeting must place the saying, not the content
    // ("Sarah said she'd save me a seat at the meeting" is not a report).
    boolean placesSaying = place && placeAt < k + 4;
    if (ReportCues.SHARED.contains(w)) {
      verb = Verb.SHARED;
      for (int j = k + 1; j < Math.min(b, k + 6); j++) {
        if (t.is(j, ReportCues.SHARED_NOT_STORY)) {
          return null;
        }
      }
      if (k + 2 < b && (t.lower[k + 1].equals("with") || t.lower[k + 1].equals("conmigo")
          || t.lower[k + 1].equals("privately") || t.lower[k + 1].equals("in"))
          && !ReportCues.MEETING.contains(t.base(k + 2)) && !t.lower[k + 2].equals("the")
          && !t.lower[k + 2].equals("group")) {
        // "shared with me that…", "shared privately": a private talk, a meeting only if placed
        verb = Verb.STRONG;
        time = false;
        contentFrom = t.lower[k + 1].equals("with") ? k + 3 : k + 2;
      } else if (k + 1 < b && t.lower[k + 1].equals("conmigo")) {
        verb = Verb.STRONG;
        time = false;
      }
    } else if (ReportCues.STRONG.contains(w)) {
      verb = Verb.STRONG;
    } else if (ReportCues.WEAK.contains(w)) {
      verb = Verb.WEAK;
      place = placesSaying;
    } else if (ReportCues.TOLD.contains(w) && t.is(k + 1, ReportCues.TOLD_OBJECTS)) {
      if (t.lower[k + 1].equals("the") && !(t.is(k + 2, ReportCues.MEETING)
          || (k + 2 < t.size && (t.lower[k + 2].equals("whole") || t.lower[k + 2].equals("room"))))) {
        return null;
      }
      verb = Verb.WEAK;
      contentFrom = k + 2;
      boolean about = k + 2 < b && t.lower[k + 2].equals("about");
      // "told the whole group …": the telling happened in the meeting.
      boolean toMeeting = t.lower[k + 1].equals("the");
      place = about || toMeeting ? place || toMeeting : placesSaying;
    } else if (ReportCues.OBJECT_VERBS.contains(w)
        && !(w.equals("brought") && !(k + 1 < b && t.lower[k + 1].equals("up")))) {
      verb = Verb.WEAK;
      contentFrom = w.equals("brought") ? k + 2 : k + 1;
    } else if (w.equals("happened") && k > a && t.lower[k - 1].equals("what") && place
        && t.opensNext[b - 1]) {
      return withContent(t, k - 1, b, a, b, Verb.WEAK, k);
    } else if (ReportCues.ABOUT_VERBS.contains(w)) {
      int about = aboutAfter(t, k, b);
      if (about < 0) {
        return isConduct(t, k, b) ? conduct(t, k, a, b, meetingWord) : null;
      }
      verb = w.equals("opened") ? Verb.STRONG : Verb.WEAK;
      contentFrom = about + 1;
    } else if (ReportCues.HEAR.contains(w) && heardThing(t, k + 1, b)) {
      return heardAt(t, k, a, b);
    } else if (ReportCues.HEAR.contains(w)) {
      int name = k + 1;
      if (name < b && (t.lower[name].equals("a") || t.lower[name].equals("the"))) {
        name++;
      }
      if (name >= b || !(t.capital[name] || t.is(name, ReportCues.THIRD))
          || isTime(t, name, a) || t.lower[name].equals("i") || t.lower[name].equals("aa")) {
        return null;
      }
      if (!(place || time)) {
        return null;
      }
      return withContent(t, k, name + 1, a, b, Verb.HEAR_PERSON, k);
    } else if (w.equals("share") && k > a && possessor(t, k - 1) && shareAbout(t, k, b) > 0) {
      int s = k - 1;
      if (s > a && (t.lower[s - 1].equals("one") || t.lower[s - 1].equals("the")
          || t.lower[s - 1].equals("a") || t.lower[s - 1].equals("this"))) {
        s--;
      }
      return withContent(t, s, shareAbout(t, k, b) + 1, a, b, Verb.SHARED, k);
    } else if (isConduct(t, k, b)) {
      return conduct(t, k, a, b, meetingWord);
    }
    if (verb == null || passive(t, k, a)) {
      return null;
    }
    Own own = subject(t, k, a);
    if (own == Own.OWN) {
      return null;
    }
    boolean speaker = own == Own.SPEAKER;
    boolean fellowship = false;
    for (int j = Math.max(a, k - 20); j < Math.min(b, k + 20); j++) {
      fellowship |= ReportCues.FELLOWSHIP.contains(t.base(j));
    }
    switch (verb) {
      case STRONG:
      case HEAR_PERSON:
        // "admitted tonight" alone may be a private talk; with a meeting word it is a meeting
        if (!(place || speaker || (time && (meetingWord || fellowship)))) {
          return null;
        }
        break;
      case WEAK:
        if (!(place || speaker || (time && fellowship))) {
          return null;
        }
        break;
      default:
        break;
    }
    return withContent(t, subjectStart(t, k, a), contentFrom, a, b, verb, k);
  }

  /** The span from {@code from} through the reported content, or {@code null} when none. */
  private static int[] withContent(Tokens t, int from, int contentFrom, int a, int b, Verb verb,
      int verbAt) {
    b = Math.min(b, Math.max(a + 1, contentFrom + CONTENT_WINDOW));
    int clause = clauseStart(t, contentFrom, a, b);
    if (clause < b && (t.lower[clause].equals("that") || t.lower[clause].equals("que"))) {
      clause++;
    }
    if (clause < b && t.is(clause, ReportCues.FIRST_SECOND)) {
      return null; // "my sponsor told me at the meeting that I need to call more": about us
    }
    int content = 0;
    for (int j = contentFrom; j < b; j++) {
      if (j < contentFrom + 6 && t.is(j, ReportCues.LOGISTICS)) {
        return null;
      }
      if (t.content[j] && !meetingPhrase(t, j, a)) {
        content++;
      }
    }
    if (content >= minContent(t, contentFrom, a, b)) {
      return new int[] {t.start[from], t.end[b - 1]};
    }
    if (t.opensNext[b - 1] && b < t.size) {
      int nb = Math.min(t.sentenceEnd[b], b + CONTENT_WINDOW);
      int next = 0;
      for (int j = b; j < nb; j++) {
        if (t.is(j, ReportCues.FIRST_SECOND) && j == b) {
          return null;
        }
        if (t.content[j]) {
          next++;
        }
      }
      if (next >= 2) {
        return new int[] {t.start[from], t.end[nb - 1]};
      }
    }
    if (verb != Verb.HEAR_PERSON && contentFrom < b && (t.lower[contentFrom].equals("so")
        || t.lower[contentFrom].equals("it") || t.lower[contentFrom].equals("this"))) {
      // The content came first: "Walt relapsed on his anniversary. He said so at the meeting."
      int first = from > a ? a : (a > 0 ? t.sentenceStart[a - 1] : a);
      first = Math.max(first, from - CONTENT_WINDOW);
      return first < from ? new int[] {t.start[first], t.end[b - 1]} : null;
    }
    boolean whatWasShared = false;
    if (verb == Verb.SHARED || verb == Verb.STRONG) {
      for (int j = Math.max(a, verbAt - 5); j < verbAt; j++) {
        whatWasShared |= t.lower[j].equals("what");
      }
    }
    return whatWasShared ? new int[] {t.start[from], t.end[b - 1]} : null;
  }

  /**
   * "Heard the saddest story at my meeting tonight — a guy lost custody…": the writer heard it;
   * the report is what follows the placed meeting phrase.
   */
  private static int[] heardAt(Tokens t, int k, int a, int b) {
    if (subject(t, k, a) == Own.OTHER) {
      return null;
    }
    for (int m = k + 1; m < Math.min(b, k + 12); m++) {
      if (isMeetingWord(t, m) && placed(t, m, a)) {
        int from = m + 1;
        while (from < b && meetingPhrase(t, from, a)) {
          from++;
        }
        return withContent(t, from < b ? from : k, from, a, b, Verb.WEAK, k);
      }
    }
    return null;
  }

  /** Someone's conduct at a meeting, from its subject to the end of the sentence. */
  private static int[] conduct(Tokens t, int k, int a, int b, boolean meetingWord) {
    if (!meetingWord || subject(t, k, a) == Own.OWN) {
      return null;
    }
    int s = subjectStart(t, k, a);
    return new int[] {t.start[s], t.end[b - 1]};
  }

}
