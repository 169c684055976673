package org.confidant.server.room;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.confidant.guard.Action;
import org.confidant.guard.Channel;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.Verdict;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.meeting.LiveSession;
import org.confidant.server.meeting.RoomRole;
import org.confidant.server.meeting.SessionAccess;
import org.confidant.server.system.ConfidantException;
import org.confidant.server.system.ConfidantProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live room: who may enter, posting shares through the guard, reading and streaming them.
 *
 * <p>Authorization, for every call: a session that is closed or unknown, or that belongs to a
 * group the member is not in, is {@code 404 session-not-found}; a group member who is not in the
 * room (never admitted, waiting, removed) is {@code 403}. Shares are encrypted with the session's
 * in-memory key before they reach the database ({@link ShareKey}); plaintext exists only in memory
 * and on the wire to attendees. Nothing here logs.
 */
@Service
public class RoomService {

  /** The sentence the chair sees when the guard finds a crisis in someone's share (never the text). */
  static final String SUPPORT_NOTICE = "An attendee may need support: ";

  private static final int PAGE = 500;

  private final SessionAccess access;
  private final LiveRooms rooms;
  private final RoomStreams streams;
  private final ShareStore store;
  private final Guard guard;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ConfidantProperties.Meetings limits;

  RoomService(SessionAccess access, LiveRooms rooms, RoomStreams streams, ShareStore store, Guard guard,
      JdbcClient jdbc, Clock clock, ConfidantProperties properties) {
    this.access = access;
    this.rooms = rooms;
    this.streams = streams;
    this.store = store;
    this.guard = guard;
    this.jdbc = jdbc;
    this.clock = clock;
    this.limits = properties.meetings();
  }

  /** The room page's content. */
  record RoomPage(LiveSession session, RoomRole role, List<String> attendees, List<ShareView> shares, long lastSeq,
      List<String> notices) {}

  /**
   * The member's role in the open session, for deciding where the page sends them.
   *
   * @throws ConfidantException 404 when the session is closed, unknown or not in one of their groups
   */
  RoomRole roleOf(UUID sessionId, AccountPrincipal me) {
    LiveSession session = visible(sessionId, me);
    return access.roleOf(session.sessionId(), me.id());
  }

  /** The room as an admitted attendee or chair sees it. */
  RoomPage page(UUID sessionId, AccountPrincipal me) {
    LiveSession session = visible(sessionId, me);
    RoomRole role = inRoom(session, me);
    Room room = room(session);
    if (role == RoomRole.CHAIR) {
      room.presentChairs.add(me.id());
    }
    List<ShareView> shares = readAfter(room, sessionId, 0);
    long last = shares.isEmpty() ? 0 : shares.get(shares.size() - 1).seq();
    return new RoomPage(session, role, attendees(session, me, role), shares, Math.max(last, 0),
        role == RoomRole.CHAIR ? List.copyOf(room.notices) : List.of());
  }

  /**
   * Passes a share through the guard and, unless blocked or awaiting confirmation, stores it
   * encrypted and delivers it to everyone in the room.
   *
   * <p>Policy: another person's personal information (and any other rule the guard blocks in
   * meetings) is blocked with the guard's explanations and the text handed back; the author's
   * own contact details give a warning until {@code confirmed}; a crisis is never blocked: the
   * author gets help resources at once, the chair a quiet notice naming the author (not the
   * text), and anything that would have been blocked goes out redacted.
   *
   * @throws ConfidantException 400 when empty or too long, 429 beyond the per-minute limit,
   *     404/403 when the member is not in the room, 409 when the session closed meanwhile
   */
  public PostResult post(UUID sessionId, AccountPrincipal me, String text, boolean confirmed) {
    LiveSession session = visible(sessionId, me);
    RoomRole role = inRoom(session, me);
    if (text == null || text.isBlank()) {
      throw ConfidantException.invalid("share-empty", "Write something to share first.");
    }
    if (text.length() > limits.maxShareLength()) {
      throw ConfidantException.invalid("share-too-long",
          "A share can be at most " + limits.maxShareLength() + " characters. Shorten it and post again.");
    }
    Room room = room(session);
    if (role == RoomRole.CHAIR) {
      room.presentChairs.add(me.id());
    }
    if (!room.tryAcquire(me.id(), clock.instant(), limits.sharesPerMinute())) {
      throw ConfidantException.tooMany("share-rate-limit",
          "You are posting quickly. Wait a minute, then post again; what you wrote is still in the box.");
    }
    Verdict verdict = guard.check(Message.builder(text, Channel.MEETING)
        .author(me.displayName()).members(access.memberNames(session.groupId())).build());
    List<PostResult.FindingView> findings = new ArrayList<>();
    for (Verdict.Decision d : verdict.decisions()) {
      if (d.action() != Action.ALLOW) {
        findings.add(new PostResult.FindingView(d.finding().label(), d.action().id(), d.finding().explanation()));
      }
    }
    if (verdict.action() == Action.BLOCK) {
      return new PostResult(PostResult.Outcome.BLOCKED, 0, findings, verdict.help(), text);
    }
    if (verdict.action() == Action.WARN && !confirmed) {
      return new PostResult(PostResult.Outcome.WARNING, 0, findings, verdict.help(), text);
    }
    String toPost = verdict.action() == Action.REDACT ? verdict.redactedText() : text;
    ShareView posted = store(room, sessionId, me, toPost);
    if (verdict.has(Rule.CRISIS)) {
      String notice = SUPPORT_NOTICE + me.displayName() + ". Consider reaching out to them privately.";
      room.remember(notice);
      streams.notice(room, notice);
    }
    return new PostResult(PostResult.Outcome.POSTED, posted.seq(), findings, verdict.help(), "");
  }

  /** Shares numbered above {@code after} (at most 500), for API clients in the room. */
  public List<ShareView> sharesAfter(UUID sessionId, AccountPrincipal me, long after) {
    LiveSession session = visible(sessionId, me);
    inRoom(session, me);
    return readAfter(room(session), sessionId, Math.max(after, 0), PAGE);
  }

  /** Opens the member's live stream, replaying every share numbered above {@code after} first. */
  SseEmitter stream(UUID sessionId, AccountPrincipal me, long after, boolean json) {
    LiveSession session = visible(sessionId, me);
    RoomRole role = inRoom(session, me);
    Room room = room(session);
    if (role == RoomRole.CHAIR) {
      room.presentChairs.add(me.id());
    }
    long from = Math.max(after, 0);
    return streams.connect(room, me.id(), me.sessionEpoch(), role == RoomRole.CHAIR, json, from, () -> readAfter(room, sessionId, from));
  }

  private ShareView store(Room room, UUID sessionId, AccountPrincipal me, String text) {
    room.lock.lock();
    try {
      if (room.isDestroyed()) {
        throw ConfidantException.conflict("session-closed", "This meeting has closed.");
      }
      long seq = room.nextSeq(() -> store.maxSeq(sessionId));
      UUID id = UUID.randomUUID();
      OffsetDateTime now = OffsetDateTime.now(clock);
      store.insert(id, sessionId, seq, me.id(), now, room.key().encrypt(sessionId, id, text));
      ShareView view = new ShareView(seq, me.displayName(), text, now);
      streams.push(room, view);
      return view;
    } finally {
      room.lock.unlock();
    }
  }

  /** Every readable share above {@code after}; shares made under a key lost in a restart are skipped. */
  List<ShareView> readAfter(Room room, UUID sessionId, long after) {
    return readAfter(room, sessionId, after, Integer.MAX_VALUE);
  }

  private List<ShareView> readAfter(Room room, UUID sessionId, long after, int max) {
    List<ShareView> out = new ArrayList<>();
    long from = after;
    while (out.size() < max) {
      List<ShareStore.Row> rows = store.after(sessionId, from, PAGE);
      for (ShareStore.Row r : rows) {
        room.key().decrypt(sessionId, r.id(), r.ciphertext()).ifPresent(text -> out.add(
            new ShareView(r.seq(), r.author() == null ? "A member" : r.author(), text, r.postedAt())));
        from = r.seq();
      }
      if (rows.size() < PAGE) {
        break;
      }
    }
    return out.size() > max ? out.subList(0, max) : out;
  }

  private Room room(LiveSession session) {
    return rooms.room(session.sessionId())
        .orElseThrow(() -> ConfidantException.notFound("session-not-found", "There is no open meeting here."));
  }

  private LiveSession visible(UUID sessionId, AccountPrincipal me) {
    LiveSession session = access.openSession(sessionId)
        .orElseThrow(() -> ConfidantException.notFound("session-not-found", "There is no open meeting here."));
    boolean member = jdbc.sql("select count(*) from membership where group_id = ? and account_id = ?")
        .params(session.groupId(), me.id()).query(Long.class).single() > 0;
    if (!member) {
      throw ConfidantException.notFound("session-not-found", "There is no open meeting here.");
    }
    return session;
  }

  private RoomRole inRoom(LiveSession session, AccountPrincipal me) {
    RoomRole role = access.roleOf(session.sessionId(), me.id());
    if (!role.inRoom()) {
      throw ConfidantException.forbidden("not-in-room", "Only attendees the chair admitted can be in this meeting.");
    }
    return role;
  }

  private List<String> attendees(LiveSession session, AccountPrincipal me, RoomRole role) {
    List<String> names = new ArrayList<>(jdbc.sql("select a.display_name from attendance t join account a on a.id = t.account_id "
            + "where t.session_id = ? and t.state = 'ADMITTED' order by a.display_name")
        .param(session.sessionId()).query(String.class).list());
    if (session.chairId() != null) {
      jdbc.sql("select display_name from account where id = ?").param(session.chairId()).query(String.class)
          .optional().filter(n -> !names.contains(n)).ifPresent(n -> names.add(0, n));
    }
    if (role == RoomRole.CHAIR && !names.contains(me.displayName())) {
      names.add(0, me.displayName());
    }
    return names;
  }
}
