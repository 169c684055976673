package org.confidant.guard;

import java.util.Locale;

/** The kinds of personal information that {@link Rule#PERSONAL_INFO} distinguishes. */
public enum Kind {
  PHONE("phone", "a phone number"),
  EMAIL("email", "an email address"),
  ADDRESS("address", "a street address"),
  FULL_NAME("full-name", "a person's full name"),
  HANDLE("handle", "a social-media handle or profile link"),
  ID_NUMBER("id-number", "an identification, financial or case number"),
  BIRTH_DATE("birth-date", "a date of birth");

  private final String id;
  private final String description;

  Kind(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The identifier used in the corpus and policy files, e.g. {@code "full-name"}. */
  public String id() {
    return id;
  }

  /** A plain-language noun phrase, e.g. "a phone number". */
  public String description() {
    return description;
  }

  /** The placeholder that redaction puts in place of a span of this kind, e.g. {@code [phone]}. */
  public String placeholder() {
    return "[" + id.toLowerCase(Locale.ROOT) + "]";
  }

  /**
   * Parses an identifier such as {@code "phone"}.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is not one
   */
  public static Kind parse(String id) {
    for (Kind k : values()) {
      if (k.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + id + "'; expected one of "
        + "phone, email, address, full-name, handle, id-number, birth-date");
  }
}
