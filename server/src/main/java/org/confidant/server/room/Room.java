package org.confidant.server.room;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory state of one open session: its share key, the next share number, recent post
 * times per attendee (for the rate limit), the open streams, and which chairs were present.
 *
 * <p>Everything here lives only in memory and disappears with {@link #destroy}. {@link #lock}
 * serialises numbering, storing and pushing shares, so that stream clients always receive shares
 * in number order and a resumed stream can never skip one.
 */
final class Room {

  final UUID sessionId;
  final ReentrantLock lock = new ReentrantLock();
  final CopyOnWriteArrayList<RoomStreams.Listener> listeners = new CopyOnWriteArrayList<>();
  final Set<UUID> presentChairs = ConcurrentHashMap.newKeySet();
  /** The latest notices for chairs (at most 20), shown again when a chair loads the page. */
  final CopyOnWriteArrayList<String> notices = new CopyOnWriteArrayList<>();
  private final Map<UUID, ArrayDeque<Instant>> recentPosts = new ConcurrentHashMap<>();
  private final ShareKey key;
  private long lastSeq = -1;
  private volatile boolean destroyed;

  Room(UUID sessionId, ShareKey key) {
    this.sessionId = sessionId;
    this.key = key;
  }

  ShareKey key() {
    return key;
  }

  /** The next share number (call with {@link #lock} held); {@code storedMax} is read once, lazily. */
  long nextSeq(java.util.function.LongSupplier storedMax) {
    if (lastSeq < 0) {
      lastSeq = storedMax.getAsLong();
    }
    return ++lastSeq;
  }

  /**
   * Records a post attempt by {@code accountId} at {@code now}; false when they already posted
   * {@code perMinute} times in the minute before.
   */
  boolean tryAcquire(UUID accountId, Instant now, int perMinute) {
    ArrayDeque<Instant> times = recentPosts.computeIfAbsent(accountId, a -> new ArrayDeque<>(perMinute));
    synchronized (times) {
      Instant cutoff = now.minusSeconds(60);
      while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
        times.pollFirst();
      }
      if (times.size() >= perMinute) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  /** Keeps a notice for chairs who load the page later; only the latest 20. */
  void remember(String notice) {
    notices.add(notice);
    while (notices.size() > 20) {
      notices.remove(0);
    }
  }

  boolean isDestroyed() {
    return destroyed;
  }

  /** Destroys the key and forgets everything; streams are completed by the caller first. */
  void destroy() {
    destroyed = true;
    key.destroy();
    recentPosts.clear();
    presentChairs.clear();
    notices.clear();
    listeners.clear();
  }
}
