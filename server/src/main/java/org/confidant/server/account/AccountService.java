package org.confidant.server.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.confidant.guard.names.NameLexicon;
import org.confidant.server.audit.AuditLog;
import org.confidant.server.system.ConfidantException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts without identity: sign-up, sign-in, recovery, passphrase change, signing out
 * everywhere and deletion, with their rules in one place.
 *
 * <p>Guarantees: an account holds only a display name, a generated sign-in name, an Argon2id hash
 * and a session epoch. Sign-in and recovery never reveal whether a sign-in name exists: unknown
 * names cost the same Argon2 work and get the same answer as a wrong passphrase, and guessing is
 * slowed by {@link Throttle}. Failures carry fixed sentences only; nothing here logs.
 */
@Service
public class AccountService {

  /** The one answer to every failed sign-in, whether the name is unknown, the passphrase wrong or tries used up. */
  public static final String SIGN_IN_REFUSED = "That sign-in name and passphrase do not match, or there have been "
      + "too many tries. Check both and try again in a few minutes.";

  static final String RECOVERY_REFUSED = "That sign-in name and recovery code do not match, or there have been "
      + "too many tries. Check both and try again in a few minutes.";

  static final String PASSPHRASE_REFUSED = "That is not your current passphrase, or there have been too many tries.";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccountStore store;
  private final PassphraseHasher encoder;
  private final Throttle throttle;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final DisplayNames displayNames = new DisplayNames(NameLexicon.shared());
  private final Passphrases passphrases = new Passphrases();
  private final String dummyHash;

  AccountService(AccountStore store, PassphraseHasher hasher, Throttle throttle, AuditLog audit,
      Clock clock, TransactionTemplate tx) {
    this.store = store;
    this.encoder = hasher;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
    this.tx = tx;
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    this.dummyHash = encoder.encode(java.util.HexFormat.of().formatHex(random));
  }

  /** What sign-up hands back once: the new member, their sign-in name and recovery codes. No {@code toString}. */
  public static final class SignedUp {
    private final AccountPrincipal principal;
    private final String signInName;
    private final List<String> recoveryCodes;

    SignedUp(AccountPrincipal principal, String signInName, List<String> recoveryCodes) {
      this.principal = principal;
      this.signInName = signInName;
      this.recoveryCodes = List.copyOf(recoveryCodes);
    }

    public AccountPrincipal principal() {
      return principal;
    }

    public String signInName() {
      return signInName;
    }

    public List<String> recoveryCodes() {
      return recoveryCodes;
    }
  }

  /** The account page's view of a member. */
  public record AccountView(UUID id, String displayName, String signInName, int recoveryCodesLeft) {}

  /**
   * Creates an account; never fails because a name is taken (sign-in names are generated).
   *
   * @throws ConfidantException invalid with the reason when the display name or passphrase is refused
   */
  public SignedUp signUp(String rawDisplayName, String rawPassphrase) {
    String displayName = DisplayNames.tidy(rawDisplayName);
    String nameProblem = displayNames.problem(displayName);
    if (nameProblem != null) {
      throw ConfidantException.invalid("display-name-refused", nameProblem);
    }
    String slug = DisplayNames.slug(displayName);
    String passphrase = Passphrases.normalise(rawPassphrase);
    String passProblem = passphrases.problem(passphrase, List.of(displayName, slug));
    if (passProblem != null) {
      throw ConfidantException.invalid("passphrase-refused", passProblem);
    }
    String hash = encoder.encode(passphrase);
    List<String> codes = RecoveryCodes.generate();
    List<String> codeHashes = codes.stream().map(RecoveryCodes::hash).toList();
    for (int attempt = 0; attempt < 40; attempt++) {
      String signInName = slug + "-" + digits(attempt < 10 ? 4 : attempt < 25 ? 6 : 8);
      if (store.signInNameTaken(signInName)) {
        continue;
      }
      UUID id = UUID.randomUUID();
      try {
        tx.executeWithoutResult(s -> {
          store.insert(id, signInName, displayName, hash, OffsetDateTime.now(clock));
          store.insertRecoveryCodes(id, codeHashes);
          audit.record(id, "account.create", id);
        });
      } catch (DuplicateKeyException raced) {
        continue;
      }
      return new SignedUp(new AccountPrincipal(id, displayName, 0), signInName, codes);
    }
    throw new IllegalStateException("no free sign-in name after 40 attempts");
  }

  /**
   * Checks a sign-in name and passphrase.
   *
   * @param address the client address, used only (hashed, in memory) to slow guessing
   * @throws ConfidantException 401 {@code sign-in-failed} or 429 {@code too-many-tries}, both with
   *     {@link #SIGN_IN_REFUSED}
   */
  public AccountPrincipal signIn(String rawSignInName, String rawPassphrase, String address) {
    String signInName = normaliseSignInName(rawSignInName);
    if (throttle.blocked(signInName, address)) {
      throw ConfidantException.tooMany("too-many-tries", SIGN_IN_REFUSED);
    }
    String passphrase = Passphrases.normalise(rawPassphrase == null ? "" : rawPassphrase);
    Optional<AccountStore.Row> row = signInName.isEmpty() ? Optional.empty() : store.bySignInName(signInName);
    boolean matches = encoder.matches(passphrase, row.map(AccountStore.Row::passphraseHash).orElse(dummyHash));
    if (row.isEmpty() || !matches) {
      throttle.failed(signInName, address);
      throw new ConfidantException(HttpStatus.UNAUTHORIZED, "sign-in-failed", SIGN_IN_REFUSED);
    }
    throttle.succeeded(signInName);
    AccountStore.Row a = row.get();
    return new AccountPrincipal(a.id(), a.displayName(), a.sessionEpoch());
  }

  /**
   * Uses a recovery code to set a new passphrase; the code is consumed and every session of the
   * account ends. Unknown names and wrong codes get the same answer after the same work.
   *
   * @throws ConfidantException invalid when the new passphrase is refused (said before anything is
   *     looked up), 400 {@code recovery-failed} or 429 {@code too-many-tries}
   */
  public void recover(String rawSignInName, String code, String rawNewPassphrase, String address) {
    String signInName = normaliseSignInName(rawSignInName);
    String passphrase = Passphrases.normalise(rawNewPassphrase);
    String problem = passphrases.problem(passphrase, List.of(signInName));
    if (problem != null) {
      throw ConfidantException.invalid("passphrase-refused", problem);
    }
    if (throttle.blocked(signInName, address)) {
      throw ConfidantException.tooMany("too-many-tries", RECOVERY_REFUSED);
    }
    String hash = encoder.encode(passphrase);
    String codeHash = RecoveryCodes.hash(code);
    Boolean done = tx.execute(s -> {
      Optional<AccountStore.Row> row = signInName.isEmpty() ? Optional.empty() : store.bySignInName(signInName);
      if (row.isEmpty() || codeHash == null || !store.consumeRecoveryCode(row.get().id(), codeHash)) {
        return false;
      }
      store.setPassphrase(row.get().id(), hash);
      audit.record(row.get().id(), "account.recover", row.get().id());
      return true;
    });
    if (!Boolean.TRUE.equals(done)) {
      throttle.failed(signInName, address);
      throw ConfidantException.invalid("recovery-failed", RECOVERY_REFUSED);
    }
    throttle.succeeded(signInName);
  }

  /**
   * Changes the member's passphrase after checking the current one; ends their other sessions.
   *
   * @return the principal with the new session epoch, for the session that made the change
   */
  public AccountPrincipal changePassphrase(AccountPrincipal me, String current, String rawNewPassphrase,
      String address) {
    AccountStore.Row row = checkPassphrase(me, current, address);
    String passphrase = Passphrases.normalise(rawNewPassphrase);
    String problem = passphrases.problem(passphrase, List.of(row.displayName(), row.signInName()));
    if (problem != null) {
      throw ConfidantException.invalid("passphrase-refused", problem);
    }
    String hash = encoder.encode(passphrase);
    Integer epoch = tx.execute(s -> {
      int e = store.setPassphrase(me.id(), hash);
      audit.record(me.id(), "account.passphrase-change", me.id());
      return e;
    });
    return new AccountPrincipal(me.id(), row.displayName(), epoch);
  }

  /** Ends every session of the member, this one included, at its next request. */
  public void signOutEverywhere(AccountPrincipal me) {
    tx.executeWithoutResult(s -> {
      store.bumpEpoch(me.id());
      audit.record(me.id(), "account.signout-everywhere", me.id());
    });
  }

  /**
   * Deletes the member's account and data after checking their passphrase.
   * See {@link AccountStore#delete} for what happens to their groups.
   */
  public void delete(AccountPrincipal me, String passphrase, String address) {
    checkPassphrase(me, passphrase, address);
    tx.executeWithoutResult(s -> {
      List<UUID> emptied = store.delete(me.id());
      for (UUID group : emptied) {
        audit.record(null, "group.delete-empty", group);
      }
      audit.record(null, "account.delete", null);
    });
  }

  /** The account page's view, or 404 when the account is gone. */
  public AccountView view(AccountPrincipal me) {
    AccountStore.Row row = store.byId(me.id())
        .orElseThrow(() -> ConfidantException.notFound("account-not-found", "This account no longer exists."));
    return new AccountView(row.id(), row.displayName(), row.signInName(), store.recoveryCodesLeft(row.id()));
  }

  /** The account's current session epoch, or empty when it was deleted. */
  Optional<Integer> sessionEpoch(UUID accountId) {
    return store.sessionEpoch(accountId);
  }

  private AccountStore.Row checkPassphrase(AccountPrincipal me, String passphrase, String address) {
    AccountStore.Row row = store.byId(me.id())
        .orElseThrow(() -> ConfidantException.notFound("account-not-found", "This account no longer exists."));
    if (throttle.blocked(row.signInName(), address)) {
      throw ConfidantException.tooMany("too-many-tries", PASSPHRASE_REFUSED);
    }
    if (!encoder.matches(Passphrases.normalise(passphrase == null ? "" : passphrase), row.passphraseHash())) {
      throttle.failed(row.signInName(), address);
      throw ConfidantException.forbidden("passphrase-wrong", PASSPHRASE_REFUSED);
    }
    throttle.succeeded(row.signInName());
    return row;
  }

  static String normaliseSignInName(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    return s.length() > 64 ? "" : s;
  }

  private static String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    b.append((char) ('1' + RANDOM.nextInt(9)));
    for (int i = 1; i < n; i++) {
      b.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return b.toString();
  }
}
