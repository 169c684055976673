package org.confidant.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that is past its absolute time-out or whose account's session epoch
 * has moved on (sign out everywhere, passphrase change, recovery, deleted account).
 *
 * <p>Runs inside the security filter chain before anonymous authentication: an ended session is
 * invalidated and the request goes on as anonymous, so private routes answer as for anyone not
 * signed in (sign-in page, or 401 under {@code /api}) and public routes work. The idle time-out is
 * the servlet container's ({@code server.servlet.session.timeout}). Costs one primary-key query
 * per signed-in request (static assets skipped).
 */
class SessionLimitFilter extends OncePerRequestFilter {

  static final String SIGNED_IN_AT = SessionLimitFilter.class.getName() + ".signedInAt";

  private final AccountService accounts;
  private final Duration absoluteTimeout;
  private final Clock clock;

  SessionLimitFilter(AccountService accounts, Duration absoluteTimeout, Clock clock) {
    this.accounts = accounts;
    this.absoluteTimeout = absoluteTimeout;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
        || path.startsWith("/webjars/") || path.equals("/favicon.ico");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AccountPrincipal me && !valid(me, auth, request)) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
    }
    chain.doFilter(request, response);
  }

  private boolean valid(AccountPrincipal me, Authentication auth, HttpServletRequest request) {
    Instant now = clock.instant();
    Instant signedInAt = null;
    if (auth.getDetails() instanceof SignedIn s) {
      signedInAt = s.at();
    } else {
      HttpSession session = request.getSession(false);
      if (session != null) {
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant stamped)) {
          session.setAttribute(SIGNED_IN_AT, now);
        } else {
          signedInAt = stamped;
        }
      }
    }
    if (signedInAt != null && !now.isBefore(signedInAt.plus(absoluteTimeout))) {
      return false;
    }
    return accounts.sessionEpoch(me.id()).map(epoch -> epoch == me.sessionEpoch()).orElse(false);
  }
}
