package org.confidant.server.check;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.confidant.guard.Channel;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.ShareIndex;
import org.confidant.guard.Verdict;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.room.HeardShares;
import org.confidant.server.system.ConfidantException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks a member's text before they post it anywhere, with the member's own context.
 *
 * <p>The context is what the guard needs to tell "another member" from a stranger and a heard share
 * from the member's own words: the display names of everyone in the member's groups, the sponsees'
 * first names the member types in (used for this check only), and the fingerprints of meetings the
 * member heard that are still within their groups' retention. Nothing about the text is stored or
 * logged: it lives for the length of the request.
 */
@Service
public class CheckService {

  /** Longest text the check accepts, in characters (a long forum post). */
  public static final int MAX_LENGTH = 20_000;

  private final Guard guard;
  private final JdbcClient jdbc;
  private final HeardShares heard;

  CheckService(Guard guard, JdbcClient jdbc, HeardShares heard) {
    this.guard = guard;
    this.jdbc = jdbc;
    this.heard = heard;
  }

  /**
   * Runs the guard on the text as the member would send it.
   *
   * @throws ConfidantException {@code invalid} when the text is empty or longer than {@link #MAX_LENGTH}
   */
  public Verdict check(AccountPrincipal me, String text, Channel channel, List<String> sponsees) {
    if (text == null || text.isBlank()) {
      throw ConfidantException.invalid("text-required", "Paste or type the text you want to check.");
    }
    if (text.length() > MAX_LENGTH) {
      throw ConfidantException.invalid("text-too-long",
          "That text is longer than " + MAX_LENGTH + " characters. Check it in parts.");
    }
    ShareIndex shares = heard.indexFor(me.id());
    Message message = Message.builder(text, channel)
        .author(me.displayName())
        .members(groupMates(me.id()))
        .sponsees(clean(sponsees))
        .shares(shares)
        .build();
    return guard.check(message);
  }

  /** Display names of the members of every group the member belongs to, themselves excluded. */
  List<String> groupMates(UUID accountId) {
    return jdbc.sql("select distinct a.display_name from membership mine "
            + "join membership other on other.group_id = mine.group_id "
            + "join account a on a.id = other.account_id "
            + "where mine.account_id = ? and other.account_id <> ?")
        .params(accountId, accountId).query(String.class).list();
  }

  private static List<String> clean(List<String> names) {
    List<String> out = new ArrayList<>();
    if (names != null) {
      for (String n : names) {
        if (n != null && !n.isBlank() && n.length() <= 40 && out.size() < 50) {
          out.add(n.strip());
        }
      }
    }
    return out;
  }
}
