package org.confidant.server.room;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.confidant.guard.meeting.FingerprintKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each group's fingerprint key, stored in {@code group_key} wrapped by the {@link MasterKeyStore}
 * with the group id as associated data (a wrapped key copied to another group does not unwrap).
 *
 * <p>A key is created the first time a group's meeting closes. Callers get a fresh
 * {@link FingerprintKey} copy each time and should {@link FingerprintKey#destroy} it after use.
 * Deleting the group deletes its key row (cascade), which turns its fingerprints into noise.
 */
@Component
class GroupKeys {

  private final JdbcClient jdbc;
  private final MasterKeyStore master;

  GroupKeys(JdbcClient jdbc, MasterKeyStore master) {
    this.jdbc = jdbc;
    this.master = master;
  }

  /** The group's key, created and stored (wrapped) when it has none yet. */
  FingerprintKey keyFor(UUID groupId) {
    Optional<FingerprintKey> existing = existing(groupId);
    if (existing.isPresent()) {
      return existing.get();
    }
    FingerprintKey fresh = FingerprintKey.random();
    byte[] raw = fresh.toBytes();
    try {
      jdbc.sql("insert into group_key (group_id, wrapped_key) values (?, ?)")
          .params(groupId, master.wrap(raw, ad(groupId))).update();
      return fresh;
    } catch (DuplicateKeyException raced) {
      fresh.destroy();
      return existing(groupId).orElseThrow();
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** The group's stored key, or empty when it has none. */
  Optional<FingerprintKey> existing(UUID groupId) {
    return jdbc.sql("select wrapped_key from group_key where group_id = ?").param(groupId)
        .query(byte[].class).optional().map(wrapped -> unwrap(groupId, wrapped));
  }

  private FingerprintKey unwrap(UUID groupId, byte[] wrapped) {
    byte[] raw = null;
    try {
      raw = master.unwrap(wrapped, ad(groupId));
      return FingerprintKey.fromBytes(raw);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a group key does not unwrap with the master key");
    } finally {
      if (raw != null) {
        Arrays.fill(raw, (byte) 0);
      }
    }
  }

  static byte[] ad(UUID groupId) {
    return ByteBuffer.allocate(16).putLong(groupId.getMostSignificantBits())
        .putLong(groupId.getLeastSignificantBits()).array();
  }
}
