package org.confidant.guard.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.people.FellowshipCues.Strength;
import org.confidant.guard.people.FellowshipCues;
import org.confidant.guard.people.Mention;
import org.confidant.guard.people.People;
import org.confidant.guard.people.Phrases;
import org.confidant.guard.people.Tokens;
import org.confidant.guard.people.Words;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * On the {@code public} channel only, flags a text that reveals someone belongs to a 12-step
 * fellowship, reports what a meeting talked about, or posts a closed meeting's access details.
 *
 * <p>Someone's membership is revealed when another person is tied to the fellowship by name or
 * role ("my sponsee Jake", "Lupe from my home group", "my husband Tom Hadley, who walked into his
 * first AA meeting"), or when the writer is, by full name, handle or photo ("Celebrating 10
 * years in AA — Dana Whitfield", "me (left) with my sponsor"). It deliberately passes public
 * meeting lists and open-meeting details, general praise of recovery, the writer's first-name
 * mention of their own recovery ("My name is Tasha and I'm a grateful member of a 12-step
 * program"), service announcements and public figures.
 */
public final class PublicDisclosureRecognizer implements Recognizer {
  private static final String ID = "public-disclosure";
  private static final Set<String> RECOVERY_WORDS = Words.set(
      "sober", "sobriety", "recovery", "#recovery", "recovering", "drinking", "drink", "drank",
      "drunk", "relapse", "relapsed", "clean", "share", "shared", "sharing", "alcoholic",
      "addict", "addiction", "higher", "serenity", "step", "steps", "chip", "chips", "rooms",
      "tomaba", "tomar", "alcohol", "alcoholico", "alcoholica", "sobrio", "sobria",
      "recuperacion", "borracho", "droga", "drogas", "aa", "newcomer", "newcomers",
      "#sobriety", "program", "#onedayatatime", "resentment", "resentments", "gratitude",
      "grateful", "surrender", "powerless", "amends", "inventory", "sponsor", "acceptance",
      "newcomer", "shares", "craving", "cravings", "relapsing", "resentimiento", "gratitud",
      "padrino", "madrina", "sobriedad", "literature", "readings", "reading", "chairperson", "#aa", "#na", "#soberlife", "#sober");
  private static final Set<String> OTHER_MEETINGS = Words.set(
      "work", "staff", "team", "board", "client", "sales", "office", "parent", "parents",
      "pta", "town", "city", "council", "trabajo", "equipo");

  private enum Why {
    OTHER("This reveals that another person belongs to a recovery fellowship. ",
        "whether to tell anyone is theirs to decide."),
    WRITER("This ties your full name, face or account to a recovery fellowship in public. ",
        "consider posting without your name, photo or handle."),
    TALK("This tells the public what was talked about at a meeting. ",
        "what is shared in meetings stays in the rooms."),
    ACCESS("This posts a members-only meeting's link or passcode publicly. ",
        "share access details with members privately.");

    private final String text;
    private final String advice;

    Why(String text, String advice) {
      this.text = text;
      this.advice = advice;
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.PUBLIC_DISCLOSURE;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    if (analysis.channel() != Channel.PUBLIC) {
      return;
    }
    Tokens t = Tokens.of(analysis);
    if (t.size() == 0) {
      return;
    }
    People people = People.of(analysis);
    List<Phrases.Match<Strength>> cues = FellowshipCues.of(analysis);
    boolean strong = FellowshipCues.any(cues, Strength.STRONG);
    List<int[]> spans = new ArrayList<>();
    others(t, people, cues, strong, spans);
    int w = WriterIdentity.find(t, people);
    if (w >= 0 && strong) {
      Phrases.Match<Strength> c = nearest(cues, w, Strength.NAME, Integer.MAX_VALUE);
      if (c == null) {
        c = nearest(cues, w, Strength.STRONG, Integer.MAX_VALUE);
      }
      if (c != null) {
        add(spans, t.sentenceFirst(c.first()), t.sentenceLast(c.last()), Why.WRITER,
            0.8);
      }
    }
    if (strong || recoveryContext(t)) {
      for (int[] s : MeetingTalk.find(t, people)) {
        if (!OTHER_MEETINGS.contains(t.key(s[0])) && !otherMeeting(t, s)) {
          add(spans, s[0], Math.min(t.clauseLast(s[1]), s[1] + 12), Why.TALK, 0.7);
        }
      }
    }
    for (int[] s : MeetingAccess.find(t)) {
      add(spans, s[0], s[1], Why.ACCESS, 0.85);
    }
    emit(analysis, t, spans, out);
  }

  /** Other people tied to the fellowship by name or role. */
  private static void others(Tokens t, People people, List<Phrases.Match<Strength>> cues,
      boolean strong, List<int[]> spans) {
    for (Mention m : people.mentions()) {
      Mention.Kind k = m.kind();
      if (k == Mention.Kind.VAGUE || k == Mention.Kind.WRITER || k == Mention.Kind.PUBLIC
          || (k == Mention.Kind.OUTSIDER && !m.named())) {
        continue;
      }
      Strength least = k == Mention.Kind.FELLOW && m.named() ? Strength.WEAK : Strength.STRONG;
      Phrases.Match<Strength> c = nearestInSentence(t, cues, m, least, 15);
      if (m.fellowshipRole() && m.named()) {
        int to = m.last();
        if (c != null && c.first() > m.last() && c.first() - m.last() <= 12) {
          to = c.last();
        }
        add(spans, m.first(), to, Why.OTHER, m.named() ? 0.9 : 0.75);
      } else if (c != null) {
        add(spans, Math.min(m.first(), c.first()), Math.max(m.last(), c.last()),
            Why.OTHER, m.named() ? 0.85 : 0.7);
      } else if (m.fullName() && strong) {
        add(spans, m.first(), Math.min(t.clauseLast(m.last()), m.last() + 8),
            Why.OTHER, 0.75);
      }
    }
  }

  private static boolean recoveryContext(Tokens t) {
    for (int i = 0; i < t.size(); i++) {
      if (RECOVERY_WORDS.contains(t.key(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean otherMeeting(Tokens t, int[] s) {
    for (int i = Math.max(0, s[0] - 1); i <= s[1] && i < t.size(); i++) {
      if (OTHER_MEETINGS.contains(t.key(i)) && (t.key(i + 1).startsWith("meeting")
          || t.key(i - 1).equals("at") || t.key(i - 1).equals("from"))) {
        return true;
      }
    }
    return false;
  }

  private static Phrases.Match<Strength> nearestInSentence(Tokens t,
      List<Phrases.Match<Strength>> cues, Mention m, Strength least, int window) {
    Phrases.Match<Strength> best = null;
    int bestDistance = Integer.MAX_VALUE;
    // Cues are in text order: start at the first that could be within the window.
    int lo = 0;
    int hi = cues.size();
    int from = m.first() - window - 8;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cues.get(mid).first() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < cues.size(); i++) {
      Phrases.Match<Strength> c = cues.get(i);
      if (c.first() > m.last() + window) {
        break;
      }
      if (!c.label().atLeast(least)) {
        continue;
      }
      if (c.first() >= m.first() && c.last() <= m.last()) {
        continue;
      }
      if (!t.sameSentence(c.first(), m.first())) {
        continue;
      }
      int d = c.first() > m.last() ? c.first() - m.last() : m.first() - c.last();
      if (d <= window && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  private static Phrases.Match<Strength> nearest(List<Phrases.Match<Strength>> cues, int at,
      Strength least, int window) {
    Phrases.Match<Strength> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Phrases.Match<Strength> c : cues) {
      if (!c.label().atLeast(least)) {
        continue;
      }
      int d = Math.abs(c.first() - at);
      if (d <= window && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  private static void add(List<int[]> spans, int from, int to, Why why, double score) {
    spans.add(new int[] {from, to, why.ordinal(), (int) Math.round(score * 1000)});
  }

  /** Sorts the spans and merges overlapping ones, keeping the first reason and best score. */
  private static List<int[]> merged(List<int[]> spans) {
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] s : spans) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
        last[3] = Math.max(last[3], s[3]);
      } else {
        out.add(s.clone());
      }
    }
    return out;
  }

  private static void emit(Analysis analysis, Tokens t, List<int[]> spans, List<Finding> out) {
    Why[] whys = Why.values();
    String[] explanations = new String[whys.length];
    for (int[] s : merged(spans)) {
      Why why = whys[s[2]];
      String explanation = explanations[s[2]];
      if (explanation == null) {
        explanation = why.text + Rule.PUBLIC_DISCLOSURE.principle() + ": " + why.advice;
        explanations[s[2]] = explanation;
      }
      out.add(analysis.finding(Rule.PUBLIC_DISCLOSURE, null, t.get(s[0]).start(),
          t.get(s[1]).end(), s[3] / 1000.0, Subject.OTHER, explanation, ID));
    }
  }
}
