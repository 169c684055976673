package org.confidant.guard.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.confidant.guard.Finding;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.crisis.CrisisCues.Category;
import org.confidant.guard.crisis.CrisisCues.Cue;
import org.confidant.guard.crisis.CrisisCues.Mode;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.safety.PhraseTable;
import org.confidant.guard.safety.Words;

/**
 * Flags a text whose writer, or someone with the writer, seems to be in danger now (rule
 * {@code crisis}), in English and Spanish.
 *
 * <p>Flags: suicidal thoughts or plans in the first person and present ("I want to die", "I
 * don't know if I can keep going", "me quiero morir"), means at hand ("I have the pills right
 * here"), an overdose or emergency in progress ("I took a whole bottle", "he's not breathing"),
 * a body in trouble ("my chest is crushing"), and relapse with danger (drunk now and about to
 * drive). Strong signals flag alone; weak ones (hopelessness, a goodbye, being drunk, driving)
 * need a second signal within three sentences. Nearby signals make one finding spanning them.
 *
 * <p>Deliberately passes: past struggles told as a story ("two years ago I wanted to die", a
 * sentence with "ago", "used to", "when I was", "in 2019"), metaphors and jokes ("this traffic is
 * killing me", "I want to die lol"), general or hypothetical advice ("if you ever feel suicidal,
 * call 988"), other people's words in quotation marks, other people as subject ("he said he
 * wants to die": that absent member is an individual case, not a crisis), and explicit denials
 * ("I'm not suicidal, just tired", "I'm not going to hurt myself"). Hedged statements ("I don't
 * know if I can keep going") are flagged.
 *
 * <p>Only detects: crisis is never blocked, the policy shows help. Linear time, never throws.
 */
public final class CrisisRecognizer implements Recognizer {
  static final String ID = "crisis";
  static final String EXPLANATION = "It sounds like you may be in danger right now. "
      + "You are not alone: help is available now. " + Rule.CRISIS.principle() + ".";
  private static final int CLUSTER_SENTENCES = 3;
  private static final int SUBJECT_WINDOW = 6;
  private static final int NEGATION_WINDOW = 3;

  /** One signal: word span, weight and kind. */
  private record Hit(int from, int to, int weight, Category category, Mode mode) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.CRISIS;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    Words w = Words.of(analysis);
    if (w.size() == 0) {
      return;
    }
    Context ctx = Context.of(w);
    List<Hit> hits = new ArrayList<>();
    collectPhrases(w, ctx, hits);
    collectMeans(w, ctx, hits);
    collectIngestion(w, ctx, hits);
    hits.sort(Comparator.comparingInt(Hit::from));
    int i = 0;
    while (i < hits.size()) {
      int j = i + 1;
      while (j < hits.size()
          && w.sentence(hits.get(j).from()) - w.sentence(hits.get(j - 1).from())
              <= CLUSTER_SENTENCES) {
        j++;
      }
      report(analysis, w, hits.subList(i, j), out);
      i = j;
    }
  }

  private static void report(Analysis analysis, Words w, List<Hit> cluster, List<Finding> out) {
    // One pass for what partners the cluster offers, one pass to add up: linear in the cluster.
    boolean intox = false;
    boolean substantive = false;
    int partners = 0;
    for (Hit h : cluster) {
      intox |= h.category() == Category.INTOXICATION;
      boolean weakContext = h.category() == Category.EMERGENCY && h.weight() == 1;
      substantive |= h.weight() > 0 && h.category() != Category.SOCIAL
          && h.category() != Category.DANGER && !weakContext;
      if (h.weight() >= 2 || h.category() == Category.EMERGENCY || h.category() == Category.BODY
          || h.category() == Category.INTOXICATION) {
        partners++;
      }
    }
    int sum = 0;
    int from = Integer.MAX_VALUE;
    int to = -1;
    boolean author = false;
    for (Hit h : cluster) {
      boolean counts = h.weight() > 0
          && (h.category() != Category.DANGER || intox)
          && (h.category() != Category.SOCIAL || substantive)
          && !(h.category() == Category.EMERGENCY && h.weight() == 1 && partners < 2);
      if (!counts) {
        continue;
      }
      sum += h.weight();
      from = Math.min(from, h.from());
      to = Math.max(to, h.to());
      author |= h.mode() != Mode.ANY;
    }
    if (sum < 2 || to <= from) {
      return;
    }
    double score = Math.min(0.95, 0.5 + 0.15 * sum);
    out.add(analysis.finding(Rule.CRISIS, null, w.start(from), w.end(to - 1), score,
        author ? Subject.AUTHOR : Subject.OTHER, EXPLANATION, ID));
  }

  private static void collectPhrases(Words w, Context ctx, List<Hit> hits) {
    List<PhraseTable.Match<Cue>> found = new ArrayList<>();
    int coveredUntil = 0;
    List<PhraseTable.Match<Cue>> here = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      here.clear();
      CrisisCues.CUES.matchAt(w, i, here);
      if (here.isEmpty() || i < coveredUntil) {
        continue;
      }
      PhraseTable.Match<Cue> best = here.get(0);
      for (PhraseTable.Match<Cue> m : here) {
        if (m.to() > best.to() || (m.to() == best.to() && m.payload().weight()
            > best.payload().weight())) {
          best = m;
        }
      }
      found.add(best);
      coveredUntil = best.to();
    }
    for (PhraseTable.Match<Cue> m : found) {
      Cue c = m.payload();
      if (c.weight() == 0) {
        continue;
      }
      if (!ctx.allows(w, m.from(), c.category() == Category.IDEATION
          || c.category() == Category.BODY)) {
        continue;
      }
      if (negated(w, m.from()) || (c.mode() == Mode.FIRST && !firstPerson(w, m.from()))) {
        continue;
      }
      if (c.sentenceFinal() && m.to() < w.size() && w.sameClause(m.from(), m.to())) {
        continue;
      }
      hits.add(new Hit(m.from(), m.to(), c.weight(), c.category(), c.mode()));
    }
  }

  /** Means of harm at hand: "I have the rope", "all my pills lined up", "tengo la pistola". */
  private static void collectMeans(Words w, Context ctx, List<Hit> hits) {
    for (int i = 0; i < w.size(); i++) {
      String word = w.word(i);
      boolean strong = CrisisCues.MEANS_STRONG.contains(word);
      if (!strong && !CrisisCues.MEANS_WEAK.contains(word)) {
        continue;
      }
      if (!ctx.allows(w, i, false)) {
        continue;
      }
      int lo = i;
      int hi = i;
      boolean first = false;
      boolean possess = false;
      boolean atHand = false;
      boolean negated = false;
      boolean allWord = false;
      boolean plain = false;
      boolean someoneElse = false;
      for (int k = Math.max(0, i - 7); k <= Math.min(w.size() - 1, i + 8); k++) {
        if (k == i || !w.sameSentence(k, i)) {
          continue;
        }
        String x = w.word(k);
        boolean used = false;
        if (CrisisCues.FIRST_PERSON.contains(x)) {
          first = true;
          used = k < i;
        }
        if (CrisisCues.POSSESS.contains(x)) {
          possess = true;
          used = true;
        }
        if (x.equals("all") || x.equals("todas") || x.equals("todos")) {
          allWord = true;
        } else if (x.equals("thinking") || x.equals("pensando") || x.equals("looking")) {
          if (w.is(k - 1, "keep") || w.is(k - 1, "stop") || w.is(k - 1, "keeps")
              || w.is(k - 1, "sigo")) {
            atHand = true;
            used = true;
          }
        } else if (CrisisCues.AT_HAND.contains(x)) {
          atHand = true;
          plain |= CrisisCues.PLAINLY_AT_HAND.contains(x);
          used = true;
        }
        if (x.equals("he") || x.equals("she") || x.equals("his") || x.equals("her")
            || x.equals("they") || x.equals("their") || CrisisCues.RELATIVES.contains(x)) {
          someoneElse = true;
        }
        if (k < i && i - k <= 5 && (x.equals("not") || x.equals("dont") || x.equals("no")
            || x.equals("never") || x.equals("didnt") || x.equals("without")
            || x.equals("nunca") || x.equals("doesnt"))) {
          negated = true;
        }
        if (used) {
          lo = Math.min(lo, k);
          hi = Math.max(hi, k);
        }
      }
      boolean present = atHand || (possess && (strong || allWord));
      if ((first || (plain && !someoneElse)) && present && !negated) {
        hits.add(new Hit(lo, hi + 1, 2, Category.IDEATION, Mode.SELF));
      }
    }
  }

  /** An overdose: "I took a whole bottle", "took like 15 of the Tylenol", "me tomé todas". */
  private static void collectIngestion(Words w, Context ctx, List<Hit> hits) {
    for (int i = 0; i < w.size(); i++) {
      if (!CrisisCues.INGEST.contains(w.word(i)) || !ctx.allows(w, i, false)
          || negated(w, i)) {
        continue;
      }
      boolean writer = firstPerson(w, i);
      boolean drug = false;
      int amounts = 0;
      boolean container = false;
      int hi = i;
      for (int k = i + 1; k <= i + 7 && k < w.size() && w.sameSentence(k, i); k++) {
        String x = w.word(k);
        if (CrisisCues.DRUG.contains(x)) {
          drug = true;
          hi = k;
        } else if (CrisisCues.AMOUNT.contains(x) || bigNumber(x)) {
          amounts++;
          container |= x.equals("bottle") || x.equals("box") || x.equals("frasco")
              || x.equals("caja") || x.equals("handful");
          hi = k;
        }
      }
      int weight = drug && amounts > 0 ? 2 : drug ? 1 : container && amounts > 1 ? 2 : 0;
      if (INTEND.contains(w.word(i)) && !intends(w, i)) {
        weight = 0; // "I take my pills every morning" is no plan
      }
      if (weight > 0 && writer) {
        hits.add(new Hit(i, hi + 1, weight, Category.INTOXICATION, Mode.FIRST));
      } else if (weight == 2) {
        // Someone else took a lot: an emergency only beside another sign ("what do I do").
        hits.add(new Hit(i, hi + 1, 1, Category.EMERGENCY, Mode.ANY));
      }
    }
  }

  private static final java.util.Set<String> INTEND = org.confidant.guard.text.WordTable.of("take", "taking",
      "swallow", "swallowing", "tomar", "tomarme", "tragar", "tragarme");

  /** "thinking about taking", "going to swallow", "voy a tomarme": a plan to take. */
  private static boolean intends(Words w, int i) {
    for (int k = i - 1; k >= i - 3 && k >= 0 && w.sameClause(k, i); k--) {
      switch (w.word(k)) {
        case "thinking", "want", "wanna", "going", "gonna", "planning", "ready", "voy", "quiero",
            "pienso", "pensando", "about":
          return true;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean bigNumber(String x) {
    if (x.isEmpty() || x.length() > 3) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      if (x.charAt(i) < '0' || x.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(x) >= 5;
  }

  private static boolean negated(Words w, int from) {
    for (int k = from - 1; k >= 0 && k >= from - NEGATION_WINDOW && w.sameClause(k, from); k--) {
      if (CrisisCues.NEGATION.contains(w.word(k))) {
        return true;
      }
    }
    return false;
  }

  /** No pronoun other than the writer's is the nearest subject before {@code from}. */
  static boolean firstPerson(Words w, int from) {
    for (int k = from - 1; k >= 0 && k >= from - SUBJECT_WINDOW && w.sameSentence(k, from); k--) {
      String x = w.word(k);
      if (x.equals("my") || x.equals("mi") || x.equals("mis")) {
        if (k == from - 1) {
          return true; // "my chest is tight"
        }
        if (CrisisCues.RELATIVES.contains(w.word(k + 1))) {
          return false; // "my mom took all her pills": someone else is the subject
        }
        continue; // "I'm in my car, already drank…"
      }
      if (CrisisCues.FIRST_PERSON.contains(x)) {
        return true;
      }
      if (CrisisCues.OTHER_PERSON.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /** Per-sentence markers of past, hypothesis and joke. */
  private static final class Context {
    private final boolean[] past;
    private final boolean[] joke;
    private final int[] hypothetical;

    private Context(int sentences) {
      past = new boolean[sentences];
      joke = new boolean[sentences];
      hypothetical = new int[sentences];
      Arrays.fill(hypothetical, Integer.MAX_VALUE);
    }

    static Context of(Words w) {
      Context c = new Context(w.sentence(w.size() - 1) + 1);
      List<PhraseTable.Match<String>> here = new ArrayList<>();
      for (int i = 0; i < w.size(); i++) {
        int s = w.sentence(i);
        if (isYear(w.word(i)) && (w.is(i - 1, "in") || w.is(i - 1, "back")
            || w.is(i - 1, "en") || w.is(i - 1, "during"))) {
          c.past[s] = true;
        }
        here.clear();
        CrisisCues.CONTEXT.matchAt(w, i, here);
        for (PhraseTable.Match<String> m : here) {
          switch (m.payload()) {
            case "past" -> c.past[s] = true;
            case "joke" -> c.joke[s] = true;
            default -> c.hypothetical[s] = Math.min(c.hypothetical[s], i);
          }
        }
      }
      return c;
    }

    /** Whether a signal at word {@code i} is not quoted, past, hypothetical or a joke. */
    boolean allows(Words w, int i, boolean jokeMatters) {
      int s = w.sentence(i);
      return !w.quoted(i) && !past[s] && hypothetical[s] > i && !(jokeMatters && joke[s]);
    }

    private static boolean isYear(String x) {
      if (x.length() != 4 || !(x.startsWith("19") || x.startsWith("20"))) {
        return false;
      }
      for (int i = 2; i < 4; i++) {
        if (x.charAt(i) < '0' || x.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
  }
}
