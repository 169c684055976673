package org.confidant.server.room;

import java.time.OffsetDateTime;

/**
 * One decrypted share as attendees see it: number, author's display name, text and time.
 *
 * <p>Exists only in memory while being shown; {@link #toString} leaves the text and name out so
 * that no log line can carry them.
 *
 * @param seq the share's number in its session (1, 2, …), also the stream's event id
 * @param author the author's display name, or "A member" when the account was deleted
 * @param text the share's text
 * @param postedAt when it was posted
 */
public record ShareView(long seq, String author, String text, OffsetDateTime postedAt) {

  @Override
  public String toString() {
    return "ShareView[seq=" + seq + "]";
  }
}
