package org.confidant.server.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records who did what to which object, by ids and action names only.
 *
 * <p>Never pass text, names, contact details or addresses: the log holds an actor id, a fixed
 * action name such as {@code meeting.close} and a subject id. It joins the caller's transaction,
 * so an action that rolls back leaves no audit row.
 */
@Service
public class AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records one event.
   *
   * @param actorId the member who acted, or null for the server itself
   * @param action a fixed dotted name such as {@code group.create}; at most 48 characters
   * @param subjectId the object acted on, or null
   */
  public void record(UUID actorId, String action, UUID subjectId) {
    if (action == null || action.isEmpty() || action.length() > 48) {
      throw new IllegalArgumentException("audit action must be 1..48 characters");
    }
    jdbc.sql("insert into audit_event (at, actor_id, action, subject_id) values (?, ?, ?, ?)")
        .params(OffsetDateTime.now(clock), actorId, action, subjectId)
        .update();
  }
}
