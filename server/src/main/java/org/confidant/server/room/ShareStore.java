package org.confidant.server.room;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code share} table: encrypted shares of open sessions. Holds ciphertext only. */
@Repository
class ShareStore {

  /** A stored share before decryption. */
  record Row(UUID id, long seq, String author, OffsetDateTime postedAt, byte[] ciphertext) {}

  private final JdbcClient jdbc;

  ShareStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, UUID sessionId, long seq, UUID authorId, OffsetDateTime postedAt, byte[] ciphertext) {
    jdbc.sql("insert into share (id, session_id, seq, author_id, posted_at, ciphertext) values (?, ?, ?, ?, ?, ?)")
        .params(id, sessionId, seq, authorId, postedAt, ciphertext).update();
  }

  long maxSeq(UUID sessionId) {
    return jdbc.sql("select coalesce(max(seq), 0) from share where session_id = ?").param(sessionId)
        .query(Long.class).single();
  }

  /** Shares numbered above {@code after}, in order, at most {@code limit}. */
  List<Row> after(UUID sessionId, long after, int limit) {
    return jdbc.sql("select s.id, s.seq, a.display_name, s.posted_at, s.ciphertext from share s "
            + "left join account a on a.id = s.author_id where s.session_id = ? and s.seq > ? order by s.seq limit ?")
        .params(sessionId, after, limit)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class), rs.getBytes(5)))
        .list();
  }

  int deleteAll(UUID sessionId) {
    return jdbc.sql("delete from share where session_id = ?").param(sessionId).update();
  }

  /** Deletes shares left in sessions that have closed (defence in depth; close deletes them already). */
  int deleteOfClosedSessions() {
    return jdbc.sql("delete from share where session_id in (select id from meeting_session where closed_at is not null)")
        .update();
  }
}
