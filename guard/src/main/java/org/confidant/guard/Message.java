package org.confidant.guard;

import java.util.List;
import java.util.Objects;

/**
 * A text a member is about to send, with what the guard needs to know about its context.
 *
 * @param text the text, any length; never logged
 * @param channel where it is going
 * @param author the writer's display name ("Sam R."), or {@code null} when unknown
 * @param members display names of people in the writer's group(s)
 * @param sponsees display names of the writer's sponsees
 * @param shares fingerprints of confidential shares the writer heard in meetings
 */
public record Message(
    String text,
    Channel channel,
    String author,
    List<String> members,
    List<String> sponsees,
    ShareIndex shares) {

  public Message {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(channel, "channel");
    members = members == null ? List.of() : List.copyOf(members);
    sponsees = sponsees == null ? List.of() : List.copyOf(sponsees);
    shares = shares == null ? ShareIndex.empty() : shares;
  }

  /** A message with no context beyond its channel. */
  public static Message of(String text, Channel channel) {
    return new Message(text, channel, null, List.of(), List.of(), ShareIndex.empty());
  }

  /** Starts a message with the given text and channel. */
  public static Builder builder(String text, Channel channel) {
    return new Builder(text, channel);
  }

  /** Builds a {@link Message}; every context field is optional. */
  public static final class Builder {
    private final String text;
    private final Channel channel;
    private String author;
    private List<String> members = List.of();
    private List<String> sponsees = List.of();
    private ShareIndex shares = ShareIndex.empty();

    private Builder(String text, Channel channel) {
      this.text = text;
      this.channel = channel;
    }

    public Builder author(String author) {
      this.author = author;
      return this;
    }

    public Builder members(List<String> members) {
      this.members = members;
      return this;
    }

    public Builder sponsees(List<String> sponsees) {
      this.sponsees = sponsees;
      return this;
    }

    public Builder shares(ShareIndex shares) {
      this.shares = shares;
      return this;
    }

    public Message build() {
      return new Message(text, channel, author, members, sponsees, shares);
    }
  }
}
