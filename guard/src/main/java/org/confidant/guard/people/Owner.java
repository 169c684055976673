package org.confidant.guard.people;

/**
 * Whose matter a stretch of text is about.
 *
 * @param kind who it is
 * @param mention the mention it resolves to, or {@code null}
 * @param token the word that decided it (a pronoun, a name, "my"), or -1
 * @param inherited whether it was carried over from an earlier sentence rather than read from
 *     the clause itself (weaker evidence)
 */
public record Owner(Kind kind, Mention mention, int token, boolean inherited) {

  /** The possible owners. */
  public enum Kind {
    /** The writer ("I", "my"). */
    WRITER,
    /** The person written to ("you", "your"). */
    LISTENER,
    /** An identifiable person known through the fellowship. */
    FELLOW,
    /** The writer's family or someone outside the fellowship. */
    OUTSIDER,
    /** Nobody in particular, or people in general ("we", "someone"). */
    VAGUE,
    /** A public figure. */
    PUBLIC,
    /** The text does not say. */
    NONE
  }

  static final Owner NONE = new Owner(Kind.NONE, null, -1, false);

  static Owner of(Mention m, int token, boolean inherited) {
    Kind k = switch (m.kind()) {
      case FELLOW -> Kind.FELLOW;
      case OUTSIDER -> Kind.OUTSIDER;
      case VAGUE -> Kind.VAGUE;
      case WRITER -> Kind.WRITER;
      case PUBLIC -> Kind.PUBLIC;
    };
    return new Owner(k, m, token, inherited);
  }
}
