package org.confidant.server.room;

import java.util.List;
import org.confidant.guard.HelpResource;

/**
 * What happened to a share the author posted.
 *
 * <p>When the share was not posted ({@link Outcome#BLOCKED}, {@link Outcome#WARNING}) {@code text}
 * holds exactly what the author typed, so the form gives it back to edit: nothing is lost. When it
 * was posted, {@code text} is empty. {@link #toString} never shows the text.
 *
 * @param outcome posted, blocked, or a warning the author must confirm
 * @param seq the posted share's number, or 0 when nothing was posted
 * @param findings the guard's findings that led to a block, warning or redaction (explanations only)
 * @param help help resources to show the author at once (crisis); else empty
 * @param text the author's text to edit again, or empty when posted
 */
public record PostResult(Outcome outcome, long seq, List<FindingView> findings, List<HelpResource> help, String text) {

  /** What happened. */
  public enum Outcome {
    /** Stored and delivered to everyone in the room. */
    POSTED,
    /** Not stored: it holds someone else's personal information (or breaks another blocking rule). */
    BLOCKED,
    /** Not stored yet: it holds the author's own contact details; posting again with confirmation sends it. */
    WARNING
  }

  /**
   * One guard finding as the author sees it; never a copy of the flagged words.
   *
   * @param rule the rule id with kind, e.g. {@code personal-info/phone}
   * @param action what policy does about it: block, warn or redact
   * @param explanation the guard's plain-language explanation
   */
  public record FindingView(String rule, String action, String explanation) {}

  public boolean posted() {
    return outcome == Outcome.POSTED;
  }

  @Override
  public String toString() {
    return "PostResult[" + outcome + ", seq=" + seq + "]";
  }
}
