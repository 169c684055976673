package org.confidant.guard.people;

import java.util.List;

/**
 * Words that tie a person to a 12-step fellowship, English and Spanish: the fellowships' names,
 * "home group", "the rooms", "friend of Bill", "my sponsor", "padrino", "I'm an alcoholic",
 * "soy alcohólica" ({@link Strength#STRONG}); and weaker words that say so only beside a person
 * ("my Tuesday meeting", "our coins", "the program": {@link Strength#WEAK}).
 *
 * <p>"NA" counts only in capitals; "sponsor" only with a possessive or praise, so an event
 * sponsor is not a fellowship. Linear in the text.
 */
public final class FellowshipCues {
  private FellowshipCues() {}

  /** How strongly a cue ties someone to a fellowship, strongest first. */
  public enum Strength {
    /** A fellowship's own name: "AA", "Al-Anon", "Alcohólicos Anónimos". */
    NAME,
    /** Fellowship vocabulary: "home group", "my sponsor", "I'm an alcoholic". */
    STRONG,
    /** A member's meeting or chips: "my Tuesday meeting", "our coins", "the program". */
    WEAK,
    /** The bare word "meeting": fellowship context only beside other evidence. */
    CONTEXT;

    /** Whether this is at least as strong as {@code other}. */
    public boolean atLeast(Strength other) {
      return ordinal() <= other.ordinal();
    }
  }

  private static final Phrases<Strength> CUES = new Phrases<Strength>()
      .add(Strength.NAME,
          "aa", "na", "al-anon|alanon|alateen|nar-anon|naranon", "al anon",
          "alcoholics|alcoholic|narcotics|cocaine|gamblers|overeaters|marijuana|crystal anonymous",
          "alcoholicos|alcoholico|narcoticos anonimos")
      .add(Strength.STRONG,
          "12-step|twelve-step|12-steps",
          "12 step|steps", "twelve step|steps", "doce|12 pasos", "home group|groups",
          "homegroup", "the rooms", "friend|friends of bill|bill w", "big book", "intergroup",
          "my|our|your|his|her|their|mi|su|tu|best|amazing|great|new|first sponsor|sponsors",
          "sponsee|sponsees|grandsponsee|grandsponsor", "padrino|madrina|ahijado|ahijada|ahijados",
          "i'm|im an alcoholic|addict", "i am an alcoholic|addict", "soy alcoholico|alcoholica|"
              + "adicto|adicta", "recovering alcoholic|addict", "grateful alcoholic|addict",
          "sobriety chip|coin|birthday", "aa|na birthday|anniversary|chip|coin",
          "90-day|30-day|60-day|24-hour chip|coin", "step work", "working the steps",
          "my 4th|fourth|5th|fifth|9th|ninth|8th|eighth step", "grupo de aa|na", "en aa|na")
      .add(Strength.WEAK,
          "my|our|mi|nuestro|nuestra meeting|meetings|grupo|reunion|junta",
          "my|our ? meeting|group", "my|our ? ? meeting|group", "the program",
          "my|our|their|his|her chip|chips|coin|coins")
      .add(Strength.CONTEXT, "meeting|meetings");

  /** The cue matches in {@code t}, with "NA" only when written in capitals. */
  public static List<Phrases.Match<Strength>> find(Tokens t) {
    return java.util.Collections.unmodifiableList(cut(t));
  }

  /** The cue matches of the analysis's text, found once per check and shared. */
  public static List<Phrases.Match<Strength>> of(org.confidant.guard.recognizer.Analysis analysis) {
    return analysis.shared(SHARED, a -> find(Tokens.of(a)));
  }

  private static final Object SHARED = new Object();

  private static List<Phrases.Match<Strength>> cut(Tokens t) {
    List<Phrases.Match<Strength>> all = CUES.find(t);
    all.removeIf(m -> {
      for (int i = m.first(); i <= m.last(); i++) {
        if (t.key(i).equals("na") && !t.get(i).upper()) {
          return true;
        }
      }
      return false;
    });
    return all;
  }

  /** Whether {@code cues} hold one of the given strength or stronger. */
  public static boolean any(List<Phrases.Match<Strength>> cues, Strength atLeast) {
    for (Phrases.Match<Strength> m : cues) {
      if (m.label().atLeast(atLeast)) {
        return true;
      }
    }
    return false;
  }
}
