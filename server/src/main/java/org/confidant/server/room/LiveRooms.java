package org.confidant.server.room;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The registry of open sessions' in-memory {@link Room}s, and so of their share keys.
 *
 * <p><b>Privacy trade-off.</b> A session's share key exists only here. It is created when the
 * session opens ({@code SessionEvents.Opened}), or lazily on first use when the server restarted
 * while the session was open. A restart therefore makes that meeting's earlier shares unreadable
 * for everyone: they are skipped when listing and when fingerprinting at close, and deleted at
 * close like the rest. We accept that loss because the alternative, storing the key anywhere
 * (even wrapped by the master key), would let whoever holds the disk read every share of an open
 * meeting, and of closed ones too from backups made while they were open.
 *
 * <p>A closed session is remembered (by id only, for a day) so that a request racing the close
 * cannot re-create a key for it.
 */
@Component
class LiveRooms {

  private static final Duration TOMBSTONE = Duration.ofDays(1);

  private final Map<UUID, Room> rooms = new ConcurrentHashMap<>();
  private final Map<UUID, Instant> closed = new ConcurrentHashMap<>();
  private final Clock clock;

  LiveRooms(Clock clock) {
    this.clock = clock;
  }

  /** The open session's room, created with a fresh key when it has none in memory. */
  Optional<Room> room(UUID sessionId) {
    if (closed.containsKey(sessionId)) {
      return Optional.empty();
    }
    return Optional.of(rooms.computeIfAbsent(sessionId, id -> new Room(id, ShareKey.generate())));
  }

  /** The session's room only if memory holds one. */
  Optional<Room> existing(UUID sessionId) {
    return Optional.ofNullable(rooms.get(sessionId));
  }

  /** Removes the session's room and remembers that it closed; the caller destroys the room. */
  Optional<Room> close(UUID sessionId) {
    Instant now = clock.instant();
    closed.put(sessionId, now);
    closed.values().removeIf(t -> t.isBefore(now.minus(TOMBSTONE)));
    return Optional.ofNullable(rooms.remove(sessionId));
  }

  /** Whether memory holds a live key for the session. */
  boolean holdsKey(UUID sessionId) {
    Room r = rooms.get(sessionId);
    return r != null && !r.key().isDestroyed();
  }

  Collection<Room> all() {
    return rooms.values();
  }
}
