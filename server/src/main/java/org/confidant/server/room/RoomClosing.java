package org.confidant.server.room;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.guard.meeting.FingerprintIndex;
import org.confidant.guard.meeting.FingerprintKey;
import org.confidant.server.meeting.SessionEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the room does when sessions open, change and close, and the retention clean-up.
 *
 * <p><b>Close</b> ({@link SessionEvents.Closing}, inside the meeting feature's transaction): every
 * share is decrypted in memory, reduced to keyed fingerprints under the group's fingerprint key
 * and stored in {@code share_fingerprint} until now + the group's retention; everyone who heard
 * the session (admitted attendees, and chairs who were present) gets a {@code heard} row with the
 * same expiry; then the shares are deleted, the session key destroyed and every stream ended with
 * a {@code closed} event. The key is destroyed even if the transaction later rolls back: the
 * shares would then be unreadable rather than readable longer than the meeting (privacy first).
 *
 * <p><b>Retention</b>: hourly, and at start-up, expired fingerprints and heard rows are deleted,
 * as are shares of sessions that closed (none should exist).
 */
@Component
class RoomClosing {

  private final LiveRooms rooms;
  private final RoomStreams streams;
  private final ShareStore store;
  private final GroupKeys groupKeys;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;

  RoomClosing(LiveRooms rooms, RoomStreams streams, ShareStore store, GroupKeys groupKeys, JdbcClient jdbc,
      JdbcTemplate template, Clock clock) {
    this.rooms = rooms;
    this.streams = streams;
    this.store = store;
    this.groupKeys = groupKeys;
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
  }

  /** A session opened: its share key is created now, in memory only. */
  @EventListener
  void opened(SessionEvents.Opened event) {
    rooms.room(event.sessionId());
  }

  /** A member left the room (removed, banned, left): their streams end. */
  @EventListener
  void roleChanged(SessionEvents.RoleChanged event) {
    if (!event.role().inRoom()) {
      rooms.existing(event.sessionId()).ifPresent(r -> streams.endFor(r, event.accountId()));
    }
  }

  /** The session closes: fingerprints and heard rows stay for the retention period, nothing readable does. */
  @EventListener
  void closing(SessionEvents.Closing event) {
    UUID sessionId = event.sessionId();
    Optional<Room> room = rooms.close(sessionId);
    room.ifPresent(r -> r.lock.lock());
    try {
      OffsetDateTime expires = OffsetDateTime.now(clock).plusDays(event.retentionDays());
      room.ifPresent(r -> fingerprint(r, event.groupId(), expires));
      jdbc.sql("insert into heard (session_id, account_id, expires_at) select session_id, account_id, ? "
              + "from attendance where session_id = ? and state = 'ADMITTED'")
          .params(expires, sessionId).update();
      for (UUID chair : room.map(r -> List.copyOf(r.presentChairs)).orElse(List.of())) {
        boolean known = jdbc.sql("select count(*) from heard where session_id = ? and account_id = ?")
            .params(sessionId, chair).query(Long.class).single() > 0;
        if (!known) {
          jdbc.sql("insert into heard (session_id, account_id, expires_at) values (?, ?, ?)")
              .params(sessionId, chair, expires).update();
        }
      }
      store.deleteAll(sessionId);
    } finally {
      room.ifPresent(r -> {
        streams.closeAll(r);
        r.destroy();
        r.lock.unlock();
      });
    }
  }

  private void fingerprint(Room room, UUID groupId, OffsetDateTime expires) {
    FingerprintKey key = groupKeys.keyFor(groupId);
    try {
      List<Object[]> batch = new ArrayList<>();
      int shareNo = 0;
      long after = 0;
      while (true) {
        List<ShareStore.Row> rows = store.after(room.sessionId, after, 500);
        for (ShareStore.Row row : rows) {
          after = row.seq();
          Optional<String> text = room.key().decrypt(room.sessionId, row.id(), row.ciphertext());
          if (text.isEmpty()) {
            continue;
          }
          for (long f : FingerprintIndex.fingerprints(key, text.get())) {
            batch.add(new Object[] {room.sessionId, groupId, f, expires, shareNo});
          }
          shareNo++;
        }
        if (rows.size() < 500) {
          break;
        }
      }
      template.batchUpdate("insert into share_fingerprint (session_id, group_id, fingerprint, expires_at, share_no) "
          + "values (?, ?, ?, ?, ?)", batch, 1000, (PreparedStatement ps, Object[] v) -> {
            ps.setObject(1, v[0]);
            ps.setObject(2, v[1]);
            ps.setLong(3, (Long) v[2]);
            ps.setObject(4, v[3]);
            ps.setInt(5, (Integer) v[4]);
          });
    } finally {
      key.destroy();
    }
  }

  /** Deletes what closed meetings left once its retention ends; hourly and at start-up. */
  @Scheduled(initialDelay = 0, fixedRate = 60 * 60 * 1000)
  void purgeExpired() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("delete from share_fingerprint where expires_at <= ?").param(now).update();
    jdbc.sql("delete from heard where expires_at <= ?").param(now).update();
    store.deleteOfClosedSessions();
  }
}
