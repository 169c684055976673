package org.confidant.guard;

/**
 * The fellowship's confidentiality rules as the guard applies them (see the corpus GUIDE).
 *
 * <p>{@link #CRISIS} is not a breach: it is answered by showing help, never by blocking.
 */
public enum Rule {
  MEETING_CONTENT("meeting-content", "What happens in meetings stays in meetings"),
  PERSONAL_INFO("personal-info", "No sharing of personal information"),
  INDIVIDUAL_CASE("individual-case", "No discussion of individual cases"),
  PUBLIC_DISCLOSURE("public-disclosure", "No social media or online discussion of meetings or members"),
  COERCION("coercion", "Nobody may be pressured into giving up their anonymity"),
  CRISIS("crisis", "Someone in danger is shown help");

  private final String id;
  private final String principle;

  Rule(String id, String principle) {
    this.id = id;
    this.principle = principle;
  }

  /** The identifier used in the corpus, the CLI and policy files, e.g. {@code "personal-info"}. */
  public String id() {
    return id;
  }

  /** The fellowship's rule in plain words, cited by explanations. */
  public String principle() {
    return principle;
  }

  /**
   * Parses an identifier such as {@code "individual-case"}.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is not one
   */
  public static Rule parse(String id) {
    for (Rule r : values()) {
      if (r.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown rule '" + id + "'; expected one of "
        + "meeting-content, personal-info, individual-case, public-disclosure, coercion, crisis");
  }
}
