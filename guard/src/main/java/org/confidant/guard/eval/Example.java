package org.confidant.guard.eval;

import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Kind;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.ShareIndex;
import org.confidant.guard.meeting.FingerprintIndex;

/**
 * One labelled example of the corpus format (see the corpus GUIDE).
 *
 * @param id unique id
 * @param channel where the text is going
 * @param author writer's display name or {@code null}
 * @param members group members' display names
 * @param sponsees the writer's sponsees
 * @param shares confidential shares the writer heard
 * @param text the text
 * @param expect expected findings; empty for a clean text; {@code null} when unlabelled
 * @param ignore stretches (UTF-16 offsets) whose reported findings count neither way
 * @param note a reason, for people
 */
public record Example(
    String id,
    Channel channel,
    String author,
    List<String> members,
    List<String> sponsees,
    List<String> shares,
    String text,
    List<Expected> expect,
    List<Span> ignore,
    String note) {

  /** An expected finding: rule, kind (personal-info only), and a quote from the text. */
  public record Expected(Rule rule, Kind kind, String quote) {
    /** {@code rule} or {@code rule/kind}. */
    public String label() {
      return kind == null ? rule.id() : rule.id() + "/" + kind.id();
    }
  }

  /** A stretch of text in UTF-16 offsets, end exclusive. */
  public record Span(int start, int end) {}

  /** The message the guard checks for this example; shares are fingerprinted, not kept. */
  public Message toMessage() {
    ShareIndex index = shares == null || shares.isEmpty()
        ? ShareIndex.empty() : FingerprintIndex.of(shares);
    return new Message(text, channel, author, members, sponsees, index);
  }
}
