package org.confidant.server.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The account tables ({@code account}, {@code recovery_code}) in plain SQL.
 *
 * <p>Callers hold the transaction. Sign-in names are stored and looked up in lower case.
 */
@Repository
class AccountStore {

  /** An account row as the service needs it; the hash is the encoded Argon2id string. */
  record Row(UUID id, String signInName, String displayName, String passphraseHash, int sessionEpoch) {
    @Override
    public String toString() {
      return "Row[" + id + "]";
    }
  }

  private final JdbcClient jdbc;

  AccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean signInNameTaken(String signInName) {
    return jdbc.sql("select count(*) from account where sign_in_name = ?").param(signInName)
        .query(Integer.class).single() > 0;
  }

  void insert(UUID id, String signInName, String displayName, String hash, OffsetDateTime now) {
    jdbc.sql("insert into account (id, sign_in_name, display_name, passphrase_hash, session_epoch, created_at) "
            + "values (?, ?, ?, ?, 0, ?)")
        .params(id, signInName, displayName, hash, now)
        .update();
  }

  void insertRecoveryCodes(UUID accountId, List<String> codeHashes) {
    for (String h : codeHashes) {
      jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)").params(accountId, h).update();
    }
  }

  Optional<Row> bySignInName(String signInName) {
    return jdbc.sql("select id, sign_in_name, display_name, passphrase_hash, session_epoch from account "
            + "where sign_in_name = ?")
        .param(signInName)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5)))
        .optional();
  }

  Optional<Row> byId(UUID id) {
    return jdbc.sql("select id, sign_in_name, display_name, passphrase_hash, session_epoch from account where id = ?")
        .param(id)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5)))
        .optional();
  }

  /** The account's session epoch, or empty when the account no longer exists. */
  Optional<Integer> sessionEpoch(UUID id) {
    return jdbc.sql("select session_epoch from account where id = ?").param(id).query(Integer.class).optional();
  }

  /** Sets a new passphrase hash and bumps the epoch; returns the new epoch. */
  int setPassphrase(UUID id, String hash) {
    jdbc.sql("update account set passphrase_hash = ?, session_epoch = session_epoch + 1 where id = ?")
        .params(hash, id).update();
    return sessionEpoch(id).orElseThrow();
  }

  /** Bumps the epoch, ending every session signed in before; returns the new epoch. */
  int bumpEpoch(UUID id) {
    jdbc.sql("update account set session_epoch = session_epoch + 1 where id = ?").param(id).update();
    return sessionEpoch(id).orElseThrow();
  }

  /** Deletes one recovery code if it belongs to the account; true when it did (so each code works once). */
  boolean consumeRecoveryCode(UUID accountId, String codeHash) {
    return jdbc.sql("delete from recovery_code where account_id = ? and code_hash = ?")
        .params(accountId, codeHash).update() == 1;
  }

  int recoveryCodesLeft(UUID accountId) {
    return jdbc.sql("select count(*) from recovery_code where account_id = ?").param(accountId)
        .query(Integer.class).single();
  }

  /**
   * Deletes the account and its data. Groups where it was the only secretary get their
   * longest-standing other member as secretary; groups it was the only member of are deleted.
   * Everything else referencing the account goes by the schema's foreign keys (cascade or set null),
   * and its id is removed from the audit log.
   *
   * @return ids of the groups deleted because nobody else was in them
   */
  List<UUID> delete(UUID id) {
    List<UUID> groups = jdbc.sql("select group_id from membership where account_id = ? and role = 'SECRETARY'")
        .param(id).query(UUID.class).list();
    List<UUID> deletedGroups = new java.util.ArrayList<>();
    for (UUID group : groups) {
      int otherSecretaries = jdbc.sql("select count(*) from membership where group_id = ? and account_id <> ? "
          + "and role = 'SECRETARY'").params(group, id).query(Integer.class).single();
      if (otherSecretaries > 0) {
        continue;
      }
      Optional<UUID> successor = jdbc.sql("select account_id from membership where group_id = ? and account_id <> ? "
              + "order by joined_at, account_id")
          .params(group, id).query(UUID.class).stream().findFirst();
      if (successor.isPresent()) {
        jdbc.sql("update membership set role = 'SECRETARY' where group_id = ? and account_id = ?")
            .params(group, successor.get()).update();
      } else {
        jdbc.sql("delete from fellowship_group where id = ?").param(group).update();
        deletedGroups.add(group);
      }
    }
    jdbc.sql("update audit_event set actor_id = null where actor_id = ?").param(id).update();
    jdbc.sql("update audit_event set subject_id = null where subject_id = ?").param(id).update();
    jdbc.sql("delete from account where id = ?").param(id).update();
    return deletedGroups;
  }
}
