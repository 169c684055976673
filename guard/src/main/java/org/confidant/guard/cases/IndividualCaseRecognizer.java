package org.confidant.guard.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.people.FellowshipCues;
import org.confidant.guard.people.Mention;
import org.confidant.guard.people.Owner;
import org.confidant.guard.people.Owners;
import org.confidant.guard.people.People;
import org.confidant.guard.people.Phrases;
import org.confidant.guard.people.Tokens;
import org.confidant.guard.people.Words;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags a text that tells others about an identifiable fellow member's private matter: relapse
 * or use, health, legal trouble, money, family, love life, or news that they are in danger
 * ("Jake's drinking again", "our treasurer is going through chemo", "Ray, are you still on
 * probation?" said in front of the group).
 *
 * <p>The person must be known through the fellowship and pinned down: a listed member or
 * sponsee, another first name the text treats as a person, a role ("my sponsee", "the new woman
 * at the Monday meeting"). It deliberately passes the writer's own story and the writer's own
 * family within it ("I relapsed", "my husband still drinks"), nobody in particular ("someone
 * shared", "one of the old-timers", "a lot of us"), public figures, praise or milestones without
 * a private detail, and questions to the listener about their own matter in a private
 * sponsor or direct conversation. The span is the clause carrying the private detail.
 */
public final class IndividualCaseRecognizer implements Recognizer {
  private static final String ID = "individual-case";
  private static final int MAX_TAIL = 12;
  private static final Set<String> NEGATIONS = Words.set(
      "not", "never", "no", "nunca", "jamas", "isn't", "hasn't", "didn't", "wasn't",
      "doesn't", "don't", "haven't", "hadn't", "aren't", "weren't", "won't", "isnt", "hasnt",
      "didnt", "wasnt", "doesnt", "dont", "nothing", "without");
  private static final Set<String> BEVERAGES = Words.set(
      "coffee", "tea", "water", "soda", "pop", "juice", "kombucha", "milk", "seltzer",
      "decaf", "lemonade", "cocoa", "smoothie", "smoothies", "espresso", "latte", "lattes",
      "coke", "sprite", "gatorade", "mocktail", "mocktails", "cafe", "agua", "refresco", "te");
  private static final Set<String> CONDITIONALS = Words.set(
      "if", "when", "whenever", "si", "cuando", "once", "until", "unless");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.INDIVIDUAL_CASE;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    Tokens t = Tokens.of(analysis);
    if (t.size() == 0) {
      return;
    }
    List<Phrases.Match<Matter>> matches = PrivateMatters.LEXICON.find(t);
    if (matches.isEmpty()) {
      return; // no private matter: the people in the text need not be found at all
    }
    People people = null; // found on the first matter that needs an owner
    Owners owners = null;
    int fellowshipContext = analysis.channel() != Channel.PUBLIC ? 1 : -1; // -1: not yet known
    List<int[]> spans = new ArrayList<>();
    List<Matter> kinds = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    int coveredUntil = -1;
    for (Phrases.Match<Matter> m : matches) {
      if (m.first() <= coveredUntil || negated(t, m.first())
          || (m.label() == Matter.USE && beverage(t, m.first(), m.last()))) {
        continue;
      }
      if (owners == null) {
        people = People.of(analysis);
        owners = new Owners(people);
      }
      Owner owner = owners.of(m.first(), m.last());
      double score = score(analysis.channel(), t, people, owner, m.first());
      if (score > 0 && owner.mention() != null && owner.mention().named()
          && !owner.mention().listed() && !owner.mention().fellowshipRole()) {
        if (fellowshipContext < 0) {
          fellowshipContext =
              FellowshipCues.any(FellowshipCues.of(analysis), FellowshipCues.Strength.CONTEXT) ? 1 : 0;
        }
        if (fellowshipContext == 0) {
          // On a public channel, a first name alone does not show the person is a member.
          score = 0;
        }
      }
      if (score <= 0) {
        continue;
      }
      int from = m.first();
      if (owner.token() >= 0 && owner.token() < from && t.sameSentence(owner.token(), from)
          && from - owner.token() <= 12) {
        from = owner.mention() != null && owner.mention().first() <= owner.token()
            && owner.token() - owner.mention().first() < 6 && t.sameSentence(
            owner.mention().first(), from) ? owner.mention().first() : owner.token();
      }
      int to = Math.min(t.clauseLast(m.last()), m.last() + MAX_TAIL);
      coveredUntil = to;
      int n = spans.size();
      if (n > 0 && t.sameSentence(spans.get(n - 1)[1], from)) {
        spans.get(n - 1)[1] = Math.max(spans.get(n - 1)[1], to);
        scores.set(n - 1, Math.max(scores.get(n - 1), score));
      } else {
        spans.add(new int[] {from, to});
        kinds.add(m.label());
        scores.add(score);
      }
    }
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      out.add(analysis.finding(Rule.INDIVIDUAL_CASE, null, t.get(s[0]).start(),
          t.get(s[1]).end(), scores.get(i), Subject.OTHER, explain(kinds.get(i)), ID));
    }
  }

  /** "drinking a lot of coffee": a drink word followed closely by a soft drink. */
  private static boolean beverage(Tokens t, int first, int last) {
    if (!t.key(first).startsWith("drink") && !t.key(first).equals("drank")) {
      return false;
    }
    for (int j = last + 1; j <= Math.min(t.size() - 1, last + 4); j++) {
      if (!t.sameSentence(first, j) || t.get(j).clause() != t.get(first).clause()) {
        return false;
      }
      if (BEVERAGES.contains(t.get(j).base())) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(Tokens t, int first) {
    for (int j = Math.max(0, first - 2); j < first; j++) {
      String k = t.key(j);
      if (NEGATIONS.contains(k) || k.endsWith("n't")) {
        return t.sameSentence(j, first);
      }
    }
    return false;
  }

  /** How sure the matter at {@code first} is another member's; 0 when it is not. */
  private static double score(Channel channel, Tokens t, People people, Owner owner, int first) {
    switch (owner.kind()) {
      case FELLOW -> {
        Mention m = owner.mention();
        double s = m.listed() || m.fellowshipRole() ? 0.9 : m.named() ? 0.75 : 0.7;
        return owner.inherited() ? s - 0.15 : s;
      }
      case WRITER -> {
        return quotedFellow(t, people, first) ? 0.7 : 0;
      }
      case LISTENER -> {
        if (channel == Channel.SPONSOR || channel == Channel.DIRECT) {
          return 0;
        }
        return addressedByName(t, people, owner.token()) ? 0.75 : 0;
      }
      default -> {
        return 0;
      }
    }
  }

  /** Whether word {@code first} sits in a quotation attributed to a fellow member. */
  private static boolean quotedFellow(Tokens t, People people, int first) {
    if (!t.get(first).quoted()) {
      return false;
    }
    int q = first;
    while (q > 0 && first - q < 80 && t.get(q - 1).quoted()) {
      q--;
    }
    for (int j = q - 1; j >= Math.max(0, q - 30); j--) {
      Mention m = people.at(j);
      if (m != null) {
        if (m.kind() == Mention.Kind.FELLOW) {
          return true;
        }
        if (m.kind() != Mention.Kind.VAGUE) {
          return false;
        }
      }
    }
    return false;
  }

  /** Whether "you" at {@code you} speaks to a member named just before, not to anyone at all. */
  private static boolean addressedByName(Tokens t, People people, int you) {
    if (you < 0) {
      return false;
    }
    int clause = t.get(you).clause();
    for (int j = you - 1; j >= Math.max(0, you - 10) && t.get(j).clause() == clause; j--) {
      if (CONDITIONALS.contains(t.key(j))) {
        return false;
      }
    }
    int sentence = t.get(you).sentence();
    for (int j = you - 1; j >= Math.max(0, you - 25); j--) {
      if (t.get(j).sentence() < sentence - 1) {
        break;
      }
      Mention m = people.at(j);
      if (m != null && m.kind() == Mention.Kind.FELLOW && m.named()) {
        return true;
      }
    }
    return false;
  }

  private static String explain(Matter matter) {
    if (matter == Matter.DANGER) {
      return "This passes on " + matter.description() + ". " + Rule.INDIVIDUAL_CASE.principle()
          + ": reach out to them, or to emergency services, rather than telling others.";
    }
    return "This tells others about " + matter.description() + ". "
        + Rule.INDIVIDUAL_CASE.principle() + ": each person's story is theirs to tell.";
  }
}
