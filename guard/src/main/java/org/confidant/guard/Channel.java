package org.confidant.guard;

import java.util.Locale;

/**
 * Where a text is going; the same words can be fine in one channel and a breach in another.
 *
 * <p>Identifiers ({@link #id()}) are the lower-case names used in the corpus format, the CLI and
 * policy files.
 */
public enum Channel {
  /** Inside a confidential meeting, seen by its admitted attendees. */
  MEETING,
  /** A private sponsor-sponsee conversation. */
  SPONSOR,
  /** A private message to one member. */
  DIRECT,
  /** A members-only board of the group, outside any meeting. */
  GROUP,
  /** Anywhere outside the fellowship: social media, a public forum, a blog, a newsletter. */
  PUBLIC;

  /** The lower-case identifier, e.g. {@code "public"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an identifier such as {@code "meeting"}, ignoring case.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is not one
   */
  public static Channel parse(String id) {
    for (Channel c : values()) {
      if (c.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown channel '" + id + "'; expected one of meeting, sponsor, direct, group, public");
  }
}
