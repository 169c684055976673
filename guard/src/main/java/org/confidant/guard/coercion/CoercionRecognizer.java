package org.confidant.guard.coercion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.confidant.guard.Finding;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.coercion.CoercionCues.Detail;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.safety.PhraseTable;
import org.confidant.guard.safety.Words;

/**
 * Flags a text that pressures or solicits someone to give up personal information or their
 * story (rule {@code coercion}), in English and Spanish.
 *
 * <p>Flags: a request aimed at someone's identifying detail, the listener's or a third
 * person's, however friendly ("what's your last name?", "send me your address", "what's her
 * number?", "where does Jake live?", "I need your Facebook password", "¿cuál es tu
 * apellido?"); pressure to tell one's story or what someone said ("you have to tell the group
 * what you did", "tienes que contarle al grupo"); threats to out someone ("I'll tell everyone
 * you're in AA unless…"); and standing pressure to share ("you can't just sit there forever").
 * Nearby pieces of one act of pressure (the request and its threat) make one finding.
 *
 * <p>Deliberately passes: offering one's own details ("here's my number", "add me on snap"),
 * asking to exchange numbers, any request worded as optional ("no pressure", "only if you
 * want", "si quieres"), asking for non-personal things (a meeting link, a page, a helpline
 * number, a venue's address), a sponsor's ordinary suggestions ("call me tomorrow"), asking how
 * someone is, and "you don't have to tell me everything". A bare first name is asked for only
 * when it is a third person's or the request comes with pressure ("reply with your name or…").
 *
 * <p>Linear time (bounded windows around anchor words), never throws, keeps no state.
 */
public final class CoercionRecognizer implements Recognizer {
  static final String ID = "coercion";
  static final String DETAIL_EXPLANATION = "This asks someone to give up personal information. "
      + Rule.COERCION.principle() + ".";
  static final String STORY_EXPLANATION = "This pressures someone to tell their story or what "
      + "was said in confidence. " + Rule.COERCION.principle() + ".";
  private static final int FRAME_WINDOW = 8;

  /** A piece of pressure over words {@code [from, to)}; {@code story} picks the explanation. */
  record Hit(int from, int to, boolean story) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.COERCION;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    Words w = Words.of(analysis);
    if (w.size() == 0) {
      return;
    }
    SentenceFlags flags = SentenceFlags.of(w);
    List<Hit> hits = new ArrayList<>();
    detailRequests(w, flags, hits);
    whereQuestions(w, flags, hits);
    for (int i = 0; i < w.size(); i++) {
      int end = CoercionCues.DIRECT_REQUEST.endOfMatchAt(w, i);
      if (end > i && !flags.noPressure(w.sentence(i))) {
        hits.add(new Hit(i, end, false));
      }
    }
    StoryPressure.collect(w, hits);
    hits.sort(Comparator.comparingInt(Hit::from));
    int i = 0;
    while (i < hits.size()) {
      int from = hits.get(i).from();
      int to = clauseEnd(w, hits.get(i).to());
      boolean detail = !hits.get(i).story();
      int j = i + 1;
      while (j < hits.size()
          && w.sentence(hits.get(j).from()) - w.sentence(to - 1) <= 1) {
        to = Math.max(to, clauseEnd(w, hits.get(j).to()));
        detail |= !hits.get(j).story();
        j++;
      }
      out.add(analysis.finding(Rule.COERCION, null, w.start(from), w.end(to - 1),
          detail ? 0.85 : 0.75, Subject.OTHER, detail ? DETAIL_EXPLANATION : STORY_EXPLANATION,
          ID));
      i = j;
    }
  }

  /** The span end pushed to the end of its clause, by at most six words: the whole request. */
  private static int clauseEnd(Words w, int to) {
    int k = to;
    while (k < w.size() && k < to + 6 && w.sameClause(k, to - 1)) {
      k++;
    }
    return k;
  }

  /** "What's your last name?", "send me your address", "the address for that guy Derek". */
  private static void detailRequests(Words w, SentenceFlags flags, List<Hit> hits) {
    List<PhraseTable.Match<Detail>> here = new ArrayList<>();
    int coveredUntil = 0;
    for (int i = 0; i < w.size(); i++) {
      if (i < coveredUntil) {
        continue;
      }
      here.clear();
      CoercionCues.DETAILS.matchAt(w, i, here);
      if (here.isEmpty()) {
        continue;
      }
      PhraseTable.Match<Detail> best = here.get(0);
      for (PhraseTable.Match<Detail> m : here) {
        if (m.to() > best.to()) {
          best = m;
        }
      }
      coveredUntil = best.to();
      Hit h = detailRequest(w, flags, best.payload(), best.from(), best.to());
      if (h != null) {
        hits.add(h);
      }
    }
  }

  private static Hit detailRequest(Words w, SentenceFlags flags, Detail d, int ds, int de) {
    if (w.is(de, "one") || w.is(de, "1")) {
      return null; // "your number one priority"
    }
    for (int k = de; k < de + 3 && k < w.size() && w.sameClause(k, de); k++) {
      if ((w.is(k, "in") || w.is(k, "into")) && (w.is(k + 1, "your") || w.is(k + 1, "ur"))) {
        return null; // storing a number: "put your sponsor's number in your phone"
      }
    }
    int k = ds - 1;
    for (int skipped = 0; skipped < 3 && k >= 0 && w.sameClause(k, ds)
        && CoercionCues.MODIFIERS.contains(w.word(k)); skipped++) {
      k--;
    }
    boolean inClause = k >= 0 && w.sameClause(k, ds);
    String owner = inClause ? w.word(k) : "";
    boolean other = inClause && (CoercionCues.OTHER_OWNER.contains(owner)
        || (w.possessive(k) && !CoercionCues.NOT_POSSESSOR.contains(owner)));
    boolean article = inClause && CoercionCues.ARTICLE.contains(owner);
    if (inClause && CoercionCues.OWN.contains(owner)) {
      return null;
    }
    if (inClause && (other || article) && k > 0 && w.sameClause(k - 1, k)
        && PLACE_PREPOSITIONS.contains(w.word(k - 1))) {
      return null; // "in your phone", "on your Facebook": a place, not a detail asked for
    }
    if (flags.noPressure(w.sentence(ds))) {
      return null;
    }
    int frameFrom;
    if (other || article) {
      if (article && !personAfter(w, de)) {
        return null;
      }
      if (d == Detail.NAME && (owner.equals("your") || owner.equals("ur") || owner.equals("tu"))
          && !flags.pressured(w.sentence(ds))) {
        return null;
      }
      frameFrom = frame(w, k - 1, ds);
    } else {
      // No possessor: only a demanding verb right before a clearly identifying detail.
      if (d != Detail.STRONG || !inClause) {
        return null;
      }
      frameFrom = isFrame(w, k) ? k : -1;
    }
    return frameFrom < 0 ? null : new Hit(frameFrom, de, false);
  }

  /** The start of a request frame within the window before {@code from}, or -1. */
  private static int frame(Words w, int from, int detail) {
    for (int j = from; j >= 0 && j > from - FRAME_WINDOW && w.sameSentence(j, detail); j--) {
      if (CoercionCues.NEGATION.contains(w.word(j))) {
        return -1;
      }
      if (isFrame(w, j)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether word {@code j} asks for something: a question word or a valid request verb. */
  static boolean isFrame(Words w, int j) {
    String x = w.word(j);
    if (CoercionCues.QUESTION.contains(x)) {
      return w.clauseStart(j) || w.inQuestion(j) || CoercionCues.SOFTENERS.contains(w.word(j - 1))
          || w.is(j - 1, "so") || w.is(j - 1, "and");
    }
    if (CoercionCues.SPANISH_REQUEST.contains(x)) {
      boolean needsQuestion = x.equals("tienes") || x.equals("tiene") || x.equals("sabes")
          || x.equals("sabe");
      return !needsQuestion || w.inQuestion(j);
    }
    if (CoercionCues.GIVE.contains(x)) {
      String next = w.word(j + 1);
      if (next.equals("you") || next.equals("u") || next.equals("ya") || next.equals("yall")) {
        return false; // the writer gives: "I'll send you her number"
      }
      return imperative(w, j);
    }
    if (CoercionCues.OBTAIN.contains(x)) {
      return obtains(w, j);
    }
    return false;
  }

  /** Whether verb {@code j} is said to the listener: clause-initial, or after "can you", "must". */
  static boolean imperative(Words w, int j) {
    int p = previous(w, j);
    if (p < 0) {
      return true;
    }
    String x = w.word(p);
    if ((CoercionCues.YOU.contains(x) || x.equals("they") || x.equals("he") || x.equals("she"))
        && (w.is(p - 1, "until") || w.is(p - 1, "unless"))) {
      return true; // "until they tell us their real names"
    }
    if (CoercionCues.YOU.contains(x) || x.equals("must") || x.equals("gotta")
        || x.equals("youll") || x.equals("youd") || x.equals("better") || x.equals("pls") || x.equals("please")) {
      return !w.is(p - 1, "i") && !w.is(p - 1, "if");
    }
    if (x.equals("to")) {
      String y = w.word(p - 1);
      if (y.equals("you")) {
        return true; // "I need you to send me…"
      }
      for (int k = p - 1; k >= p - 3 && k >= 0 && w.sameClause(k, p); k--) {
        if (ASKING.contains(w.word(k))) {
          return !CoercionCues.NEGATION.contains(w.word(k - 1)); // "we ask new members to post"
        }
      }
      if (y.equals("have") || y.equals("has") || y.equals("need") || y.equals("needs")
          || y.equals("got") || y.equals("supposed") || y.equals("expected")
          || y.equals("required") || y.equals("want")) {
        return !CoercionCues.SELF.contains(w.word(p - 2))
            && !CoercionCues.NEGATION.contains(w.word(p - 2))
            && !CoercionCues.NEGATION.contains(w.word(p - 3));
      }
    }
    return false;
  }

  private static boolean obtains(Words w, int j) {
    String x = w.word(j);
    int p = previous(w, j);
    String before = p < 0 ? "" : w.word(p);
    switch (x) {
      case "need", "needs", "want", "require", "requires":
        return p < 0 || before.equals("i") || before.equals("we") || before.equals("really")
            || before.equals("still");
      case "lemme":
        return true;
      case "get", "have", "see", "got", "know", "find": {
        if (before.equals("i") || before.equals("we")) {
          String modal = w.word(p - 1);
          return modal.equals("can") || modal.equals("could") || modal.equals("may")
              || modal.equals("might");
        }
        if (CoercionCues.YOU.contains(before) || before.equals("who") || before.equals("whos")) {
          return !w.is(p - 1, "if");
        }
        if (before.equals("to")) {
          String y = w.word(p - 1);
          return y.equals("need") || y.equals("want") || y.equals("have") || y.equals("like");
        }
        if (before.equals("me") && w.is(p - 1, "let")) {
          return true; // "let me know your address"
        }
        return p < 0 && w.inQuestion(j); // "Anyone have…?" already covered; "Got her number?"
      }
      default:
        return false;
    }
  }

  /** The nearest word before {@code j} in its clause that is not a softener, or -1. */
  static int previous(Words w, int j) {
    int p = j - 1;
    for (int n = 0; n < 4 && p >= 0 && w.sameClause(p, j)
        && CoercionCues.SOFTENERS.contains(w.word(p)); n++) {
      p--;
    }
    return p >= 0 && w.sameClause(p, j) ? p : -1;
  }

  /** After "the number": "for/of" a person ("that guy Derek", "everyone"), not a place. */
  private static boolean personAfter(Words w, int de) {
    if (!(w.is(de, "for") || w.is(de, "of") || w.is(de, "de") || w.is(de, "del")
        || w.is(de, "on"))) {
      return false;
    }
    for (int k = de + 1; k <= de + 5 && k < w.size() && w.sameClause(k, de); k++) {
      if (CoercionCues.ORG_WORDS.contains(w.word(k))) {
        return false; // "the address for the Sunday meeting at St. Mark's"
      }
    }
    for (int k = de + 1; k <= de + 3 && k < w.size() && w.sameClause(k, de); k++) {
      String x = w.word(k);
      if (CoercionCues.PERSON_WORDS.contains(x)) {
        return true;
      }
      if (w.capital(k) && !w.sentenceStart(k) && !CoercionCues.ORG_WORDS.contains(w.word(k + 1))
          && !CoercionCues.ARTICLE.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** "Where do you live?", "where does Jake live", "¿dónde vives?", "tell me where she works". */
  private static void whereQuestions(Words w, SentenceFlags flags, List<Hit> hits) {
    for (int i = 0; i < w.size(); i++) {
      String x = w.word(i);
      if (!(x.equals("where") || x.equals("wheres") || x.equals("donde"))) {
        continue;
      }
      int verb = -1;
      for (int k = i + 1; k <= i + 5 && k < w.size() && w.sameClause(k, i); k++) {
        String y = w.word(k);
        if (y.equals("i") || y.equals("we") || y.equals("my") || y.equals("im")
            || y.equals("yo") || y.equals("vivo") || y.equals("trabajo")
            || CoercionCues.ORG_WORDS.contains(y)) {
          break;
        }
        if (LIVE.contains(y)) {
          verb = k;
          break;
        }
      }
      if (verb < 0 || w.is(verb + 1, "out") || flags.noPressure(w.sentence(i))) {
        continue;
      }
      int from = whereFrame(w, i);
      if (from >= 0) {
        hits.add(new Hit(from, verb + 1, false));
      }
    }
  }

  private static final java.util.Set<String> ASKING = org.confidant.guard.text.WordTable.of("ask", "asking", "asked",
      "require", "requiring", "expect", "expecting", "want", "need", "tell", "telling", "make",
      "force", "forcing", "pressure", "pressuring", "urge", "order", "ordering", "demand");

  private static final java.util.Set<String> PLACE_PREPOSITIONS = org.confidant.guard.text.WordTable.of("in",
      "into", "on", "onto", "from", "at", "off", "under", "en", "desde");

  private static final java.util.Set<String> LIVE = org.confidant.guard.text.WordTable.of("live", "lives", "living",
      "work", "works", "working", "stay", "stays", "staying", "vive", "vives", "viven", "trabaja",
      "trabajas", "trabajan", "vivia", "hospedas", "hospeda", "apartment", "house", "home",
      "place", "casa", "apartamento", "depa");

  private static int whereFrame(Words w, int i) {
    int p = previous(w, i);
    if (p < 0 || w.inQuestion(i)) {
      return i;
    }
    for (int k = i - 1; k >= 0 && k >= i - 4 && w.sameSentence(k, i); k--) {
      String y = w.word(k);
      if (y.equals("know") || y.equals("tell") || y.equals("find") || y.equals("ask")
          || y.equals("dime") || y.equals("sabes") || y.equals("sabe") || y.equals("figure")
          || y.equals("wondering") || y.equals("idea") || y.equals("send")
          || y.equals("decirnos") || y.equals("decirme") || y.equals("decir")
          || y.equals("decirle") || y.equals("saber") || y.equals("dinos") || y.equals("share")
          || y.equals("post")) {
        boolean statement = (w.is(k - 1, "i") || w.is(k - 1, "yo") || w.is(k - 1, "we"))
            && !w.is(k - 2, "to");
        return statement ? -1 : k;
      }
    }
    return -1;
  }
}
