package org.confidant.server.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of accounts and sessions, on the same service as the pages.
 *
 * <p>Sessions are cookie sessions as for pages. A client first calls {@code GET /api/session} for
 * a session and its CSRF token, then sends the token in the named header with every POST, PUT and
 * DELETE. Signing in or up answers with a fresh token (the session id and token change).
 */
@RestController
class AccountApiController {

  /** The signed-in member as the API shows them. */
  record Member(UUID id, String displayName) {}

  /** The current session: the member (null when signed out) and the CSRF header and token to send. */
  record Session(Member member, String csrfHeader, String csrfToken) {}

  /** What sign-up answers, once: keep the sign-in name and recovery codes. */
  record SignedUp(Member member, String signInName, List<String> recoveryCodes, String csrfHeader, String csrfToken) {
    @Override
    public String toString() {
      return "SignedUp[" + member.id() + "]";
    }
  }

  record SignUpRequest(@NotNull @Size(max = 200) String displayName, @NotNull @Size(max = 1024) String passphrase) {
    @Override
    public String toString() {
      return "SignUpRequest[]";
    }
  }

  record SignInRequest(@NotNull @Size(max = 200) String signInName, @NotNull @Size(max = 1024) String passphrase) {
    @Override
    public String toString() {
      return "SignInRequest[]";
    }
  }

  record RecoverRequest(@NotNull @Size(max = 200) String signInName, @NotNull @Size(max = 200) String code,
      @NotNull @Size(max = 1024) String newPassphrase) {
    @Override
    public String toString() {
      return "RecoverRequest[]";
    }
  }

  record ChangePassphraseRequest(@NotNull @Size(max = 1024) String currentPassphrase,
      @NotNull @Size(max = 1024) String newPassphrase) {
    @Override
    public String toString() {
      return "ChangePassphraseRequest[]";
    }
  }

  record ConfirmRequest(@NotNull @Size(max = 1024) String passphrase) {
    @Override
    public String toString() {
      return "ConfirmRequest[]";
    }
  }

  private final AccountService accounts;
  private final SessionSupport sessions;

  AccountApiController(AccountService accounts, SessionSupport sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  /** Creates an account and signs in; the answer is the only time the recovery codes are shown. */
  @PostMapping("/api/accounts")
  @ResponseStatus(HttpStatus.CREATED)
  SignedUp signUp(@Valid @RequestBody SignUpRequest body, HttpServletRequest request, HttpServletResponse response) {
    AccountService.SignedUp done = accounts.signUp(body.displayName(), body.passphrase());
    sessions.establish(done.principal(), request, response);
    CsrfToken csrf = csrf(request);
    return new SignedUp(member(done.principal()), done.signInName(), done.recoveryCodes(),
        csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getToken());
  }

  /** The current session and its CSRF token; starts an anonymous session if there is none. */
  @GetMapping("/api/session")
  Session session(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
    request.getSession(true);
    return session(me == null ? null : member(me), request);
  }

  /** Signs in. Every failure is the same 401 (or 429 while throttled) with the same sentence. */
  @PostMapping("/api/session")
  Session signIn(@Valid @RequestBody SignInRequest body, HttpServletRequest request, HttpServletResponse response) {
    AccountPrincipal me = accounts.signIn(body.signInName(), body.passphrase(), AccountConfig.clientAddress(request));
    sessions.establish(me, request, response);
    return session(member(me), request);
  }

  /** Signs out of this session. */
  @DeleteMapping("/api/session")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void signOut(HttpServletRequest request) {
    sessions.end(request);
  }

  /** Sets a new passphrase with a one-time recovery code; every session of the account ends. */
  @PostMapping("/api/recover")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void recover(@Valid @RequestBody RecoverRequest body, HttpServletRequest request) {
    accounts.recover(body.signInName(), body.code(), body.newPassphrase(), AccountConfig.clientAddress(request));
    sessions.end(request);
  }

  @GetMapping("/api/account")
  AccountService.AccountView account(@AuthenticationPrincipal AccountPrincipal me) {
    return accounts.view(me);
  }

  /** Changes the passphrase; this session stays, every other one ends. */
  @PutMapping("/api/account/passphrase")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassphrase(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ChangePassphraseRequest body,
      HttpServletRequest request, HttpServletResponse response) {
    AccountPrincipal updated = accounts.changePassphrase(me, body.currentPassphrase(), body.newPassphrase(),
        AccountConfig.clientAddress(request));
    sessions.refresh(updated, request, response);
  }

  /** Ends every session of the member, this one included. */
  @PostMapping("/api/account/signout-everywhere")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void signOutEverywhere(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
    accounts.signOutEverywhere(me);
    sessions.end(request);
  }

  /** Deletes the account and its data, confirmed by the passphrase. */
  @DeleteMapping("/api/account")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ConfirmRequest body,
      HttpServletRequest request) {
    accounts.delete(me, body.passphrase(), AccountConfig.clientAddress(request));
    sessions.end(request);
  }

  private static Member member(AccountPrincipal p) {
    return new Member(p.id(), p.displayName());
  }

  private static Session session(Member member, HttpServletRequest request) {
    CsrfToken csrf = csrf(request);
    return new Session(member, csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getToken());
  }

  private static CsrfToken csrf(HttpServletRequest request) {
    return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
  }
}
