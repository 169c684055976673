package org.confidant.server.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Starts, refreshes and ends HTTP sessions for the JSON API and the account page, the way form
 * login does: a new session id at sign-in (fixation protection), a new CSRF token, and the
 * security context saved in the session.
 */
@Component
class SessionSupport {

  static final List<SimpleGrantedAuthority> MEMBER = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));

  private final Clock clock;
  private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
  private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
  private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

  SessionSupport(Clock clock) {
    this.clock = clock;
  }

  /** The authentication this feature gives a member who just signed in. */
  Authentication authenticated(AccountPrincipal principal, SignedIn signedIn) {
    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
        MEMBER);
    token.setDetails(signedIn);
    return token;
  }

  /** Signs the member in on this request: new session id, new CSRF token, context saved. */
  void establish(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    } else {
      request.getSession(true);
    }
    Authentication auth = authenticated(principal, new SignedIn(clock.instant()));
    csrf.onAuthentication(auth, request, response);
    save(auth, request, response);
  }

  /**
   * Replaces the principal of the current session (after a passphrase change bumped the epoch),
   * keeping the sign-in time, and changes the session id.
   */
  void refresh(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
    Authentication current = holder.getContext().getAuthentication();
    SignedIn signedIn = current != null && current.getDetails() instanceof SignedIn s ? s : new SignedIn(clock.instant());
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    save(authenticated(principal, signedIn), request, response);
  }

  /** Ends this request's session and forgets the member. */
  void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    holder.clearContext();
  }

  private void save(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(auth);
    holder.setContext(context);
    repository.saveContext(context, request, response);
  }
}
