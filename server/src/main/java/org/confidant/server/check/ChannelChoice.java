package org.confidant.server.check;

import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.server.system.ConfidantException;

/**
 * A place a text can go, as the check page names it.
 *
 * @param id the guard's channel id
 * @param label what the member picks
 */
record ChannelChoice(String id, String label) {

  static final List<ChannelChoice> ALL = List.of(
      new ChannelChoice("meeting", "A live meeting"),
      new ChannelChoice("sponsor", "My sponsor or sponsee, privately"),
      new ChannelChoice("direct", "Another member, privately"),
      new ChannelChoice("group", "My group's members-only board"),
      new ChannelChoice("public", "Social media, a public forum, a blog or a newsletter"));

  /** Parses a channel id from the page or the API. */
  static Channel parse(String id) {
    try {
      return Channel.parse(id == null ? "" : id);
    } catch (IllegalArgumentException e) {
      throw ConfidantException.invalid("unknown-channel",
          "Choose where the text is going: meeting, sponsor, direct, group or public.");
    }
  }
}
