package org.confidant.guard.people;

/**
 * A stretch of words that refers to a person.
 *
 * @param first index of the first word
 * @param last index of the last word
 * @param kind who the person is, as far as the guard can tell
 * @param gender grammatical gender of the reference, when the words show it
 * @param named whether the reference includes a name
 * @param fullName whether it includes a first and a last name
 * @param fellowshipRole whether it names a fellowship relation (sponsor, sponsee, padrino...)
 * @param listed whether the name is one of the message's members or sponsees
 */
public record Mention(int first, int last, Kind kind, Gender gender, boolean named,
    boolean fullName, boolean fellowshipRole, boolean listed) {

  /** Who a mention refers to. */
  public enum Kind {
    /** Someone identifiable and known through the fellowship (named, or pinned down by role). */
    FELLOW,
    /** The writer's own family, friends or others outside the fellowship ("my husband"). */
    OUTSIDER,
    /** Nobody in particular ("someone", "one guy", "a lot of us", "the speaker"). */
    VAGUE,
    /** The writer, named ("my name is Tasha", the author's own name). */
    WRITER,
    /** A public figure speaking publicly. */
    PUBLIC
  }

  /** Grammatical gender, used to match he/she back to the right person. */
  public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether a pronoun of gender {@code pronoun} can refer to a mention of this gender. */
    public boolean agrees(Gender pronoun) {
      return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
  }

  /** A copy with another kind. */
  public Mention withKind(Kind k) {
    return new Mention(first, last, k, gender, named, fullName, fellowshipRole, listed);
  }
}
