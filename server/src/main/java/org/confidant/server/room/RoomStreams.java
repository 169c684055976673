package org.confidant.server.room;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * Live delivery of shares over Server-Sent Events, one registry of listeners per {@link Room}.
 *
 * <p>Events: {@code share} (id = the share's number; an HTML fragment for htmx, or JSON), for
 * chairs {@code notice}, and {@code closed} when the session ends. A connection names the last
 * share it has ({@code Last-Event-ID} or {@code ?after=}) and first gets every later one from the
 * database, so a dropped connection loses nothing. Each listener sends shares strictly in number
 * order and never twice.
 *
 * <p>Memory: a listener is the emitter plus four fields; there are no per-connection threads or
 * buffers. One scheduled task sends a heartbeat comment to every connection every 20 seconds,
 * which also finds and drops dead connections. Nothing here logs.
 */
@Component
class RoomStreams {

  /** Emitter time-out; the client's EventSource reconnects (with Last-Event-ID) afterwards. */
  static final long TIMEOUT_MS = 60L * 60 * 1000;

  private final LiveRooms rooms;
  private final ObjectMapper mapper;
  private final JdbcClient jdbc;

  RoomStreams(LiveRooms rooms, ObjectMapper mapper, JdbcClient jdbc) {
    this.rooms = rooms;
    this.mapper = mapper;
    this.jdbc = jdbc;
  }

  /** One open stream. */
  static final class Listener {
    final UUID accountId;
    final boolean chair;
    final boolean json;
    final SseEmitter emitter;
    /** The account's session epoch when the stream opened; a later epoch means "signed out everywhere". */
    final int sessionEpoch;
    private long lastSent;

    Listener(UUID accountId, boolean chair, boolean json, SseEmitter emitter, int sessionEpoch, long lastSent) {
      this.accountId = accountId;
      this.chair = chair;
      this.json = json;
      this.emitter = emitter;
      this.sessionEpoch = sessionEpoch;
      this.lastSent = lastSent;
    }

    synchronized boolean sendShare(ShareView share) {
      return sendShare(share, null);
    }

    /** Sends the share, using {@code payload} when given (made once for all listeners of a push). */
    synchronized boolean sendShare(ShareView share, Payload payload) {
      if (share.seq() <= lastSent) {
        return true;
      }
      SseEmitter.SseEventBuilder event = SseEmitter.event().name("share").id(Long.toString(share.seq()));
      if (payload == null) {
        event = json ? event.data(share, MediaType.APPLICATION_JSON) : event.data(html(share), MediaType.TEXT_HTML);
      } else {
        event = json ? event.data(payload.json(), MediaType.APPLICATION_JSON)
            : event.data(payload.html(), MediaType.TEXT_HTML);
      }
      if (send(event)) {
        lastSent = share.seq();
        return true;
      }
      return false;
    }

    synchronized boolean send(SseEmitter.SseEventBuilder event) {
      try {
        emitter.send(event);
        return true;
      } catch (IOException | IllegalStateException e) {
        return false;
      }
    }
  }

  /**
   * Opens a stream for a member already checked to be in the room, first replaying the shares
   * {@code replay} gives (those numbered above {@code after}).
   */
  SseEmitter connect(Room room, UUID accountId, int sessionEpoch, boolean chair, boolean json, long after,
      Supplier<List<ShareView>> replay) {
    SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
    Listener listener = new Listener(accountId, chair, json, emitter, sessionEpoch, after);
    Runnable drop = () -> room.listeners.remove(listener);
    emitter.onCompletion(drop);
    // Ending the stream ourselves when its hour is up (or Tomcat times it out at shutdown) lets it
    // close quietly; left open, Spring raises AsyncRequestTimeoutException, which is not an error.
    // The browser reconnects with Last-Event-ID and loses nothing.
    emitter.onTimeout(() -> {
      drop.run();
      emitter.complete();
    });
    emitter.onError(e -> drop.run());
    synchronized (listener) {
      room.listeners.add(listener);
      for (ShareView share : replay.get()) {
        if (!listener.sendShare(share)) {
          break;
        }
      }
    }
    if (room.isDestroyed()) {
      finish(listener, closedEvent(json));
    }
    return emitter;
  }

  /** A share's event data, rendered once per push rather than once per listener. */
  record Payload(String json, String html) {
    @Override
    public String toString() {
      return "Payload[]";
    }
  }

  /** Sends a new share to every listener of the room (call in number order). */
  void push(Room room, ShareView share) {
    Payload payload = new Payload(mapper.writeValueAsString(share), html(share));
    for (Listener l : room.listeners) {
      if (!l.sendShare(share, payload)) {
        drop(room, l);
      }
    }
  }

  /** Quietly tells the room's chairs something, e.g. that an attendee may need support. */
  void notice(Room room, String sentence) {
    for (Listener l : room.listeners) {
      if (l.chair) {
        SseEmitter.SseEventBuilder event = SseEmitter.event().name("notice");
        event = l.json ? event.data(Map.of("notice", sentence), MediaType.APPLICATION_JSON)
            : event.data("<p class=\"notice\">" + HtmlUtils.htmlEscape(sentence) + "</p>", MediaType.TEXT_HTML);
        if (!l.send(event)) {
          drop(room, l);
        }
      }
    }
  }

  /** Ends the streams of a member who left the room (removed, banned). */
  void endFor(Room room, UUID accountId) {
    for (Listener l : room.listeners) {
      if (l.accountId.equals(accountId)) {
        room.listeners.remove(l);
        finish(l, SseEmitter.event().name("removed").data(l.json ? "{\"removed\":true}"
            : "<p role=\"alert\">You are no longer in this meeting.</p>"));
      }
    }
  }

  /** The session epoch of every account with an open stream; deleted accounts are absent. */
  private Map<UUID, Integer> currentEpochs() {
    Set<UUID> ids = new HashSet<>();
    for (Room room : rooms.all()) {
      for (Listener l : room.listeners) {
        ids.add(l.accountId);
      }
    }
    Map<UUID, Integer> epochs = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, session_epoch from account where id in (:ids)").param("ids", ids)
          .query((rs, n) -> epochs.put(rs.getObject(1, UUID.class), rs.getInt(2)))
          .list();
    }
    return epochs;
  }

  /** Sends {@code closed} to every listener and completes every stream. */
  void closeAll(Room room) {
    for (Listener l : room.listeners) {
      finish(l, closedEvent(l.json));
    }
    room.listeners.clear();
  }

  /**
   * Every ~20 s: ends the streams of accounts whose sessions have all been ended since the stream
   * opened ("sign out everywhere", a passphrase change, recovery, deletion), then sends a comment
   * line on every other stream, which keeps proxies from timing it out and finds dead ones.
   *
   * <p>A request is checked when it arrives; a stream is one long request, so this is where an
   * ended session reaches it: within 20 seconds, by one query for all open streams.
   */
  @Scheduled(fixedRate = 20_000, initialDelay = 20_000)
  void heartbeat() {
    Map<UUID, Integer> epochs = currentEpochs();
    for (Room room : rooms.all()) {
      for (Listener l : room.listeners) {
        Integer epoch = epochs.get(l.accountId);
        if (epoch == null || epoch != l.sessionEpoch) {
          room.listeners.remove(l);
          finish(l, SseEmitter.event().name("removed").data(l.json ? "{\"signedOut\":true}"
              : "<p role=\"alert\">You were signed out. <a href=\"/signin\">Sign in again</a> to rejoin.</p>"));
        } else if (!l.send(SseEmitter.event().comment("heartbeat"))) {
          drop(room, l);
        }
      }
    }
  }

  private static SseEmitter.SseEventBuilder closedEvent(boolean json) {
    return SseEmitter.event().name("closed").data(json ? "{\"closed\":true}"
        : "<p role=\"alert\" class=\"closed\">The meeting has closed. Its shares are gone.</p>");
  }

  private static void drop(Room room, Listener l) {
    room.listeners.remove(l);
    try {
      l.emitter.complete();
    } catch (RuntimeException ignored) {
      // the connection is already gone
    }
  }

  private static void finish(Listener l, SseEmitter.SseEventBuilder last) {
    l.send(last);
    try {
      l.emitter.complete();
    } catch (RuntimeException ignored) {
      // the connection is already gone
    }
  }

  /** The share as an htmx fragment: display name and text, both escaped; line breaks kept. */
  static String html(ShareView share) {
    return "<li class=\"share\" id=\"share-" + share.seq() + "\"><span class=\"share-author\">"
        + HtmlUtils.htmlEscape(share.author()) + "</span> <span class=\"share-text\">"
        + lines(HtmlUtils.htmlEscape(share.text())) + "</span></li>";
  }

  private static String lines(String escaped) {
    return escaped.replace("\r\n", "&#10;").replace('\r', '\n').replace("\n", "&#10;");
  }
}
