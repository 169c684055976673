package org.confidant.server.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.confidant.server.system.ConfidantException;
import org.confidant.server.system.ConfidantProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The account feature's part of Spring Security: the sign-in check behind form login, the
 * session limits filter, and the passphrase cost settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PassphraseSettings.class)
class AccountConfig {

  /**
   * Checks form sign-in ({@code POST /signin}) against {@link AccountService#signIn}. Every
   * failure, throttled or not, is the same {@link BadCredentialsException} with the same sentence,
   * so the sign-in page cannot tell an unknown name from a wrong passphrase. The client address
   * is read from the request details only to be passed (not kept) to the throttle.
   */
  @Bean
  AuthenticationProvider accountAuthenticationProvider(AccountService accounts, SessionSupport sessions,
      Clock clock) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails w
            ? w.getRemoteAddress() : "unknown";
        Object credentials = authentication.getCredentials();
        try {
          AccountPrincipal me = accounts.signIn(authentication.getName(),
              credentials == null ? "" : credentials.toString(), address);
          return sessions.authenticated(me, new SignedIn(clock.instant()));
        } catch (ConfidantException refused) {
          throw new BadCredentialsException(AccountService.SIGN_IN_REFUSED);
        }
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  /** Adds {@link SessionLimitFilter} to the security filter chain (Spring Security 7 applies such customizers). */
  @Bean
  Customizer<HttpSecurity> accountSessionLimits(AccountService accounts, ConfidantProperties properties,
      Clock clock) {
    SessionLimitFilter filter = new SessionLimitFilter(accounts, properties.session().absoluteTimeout(), clock);
    return http -> http.addFilterBefore(filter, AnonymousAuthenticationFilter.class);
  }

  /** The client address a request came from, for throttling only. */
  static String clientAddress(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    return address == null ? "unknown" : address;
  }
}
