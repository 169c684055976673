package org.confidant.server.meeting;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A test listener that counts the closing session's attendance when {@link SessionEvents.Closing} arrives. */
@TestComponent
class AttendanceProbe {

  static final AtomicLong seen = new AtomicLong(-1);
  private final JdbcClient jdbc;

  AttendanceProbe(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void closing(SessionEvents.Closing event) {
    seen.set(jdbc.sql("select count(*) from attendance where session_id = ?").param(event.sessionId())
        .query(Long.class).single());
  }
}
