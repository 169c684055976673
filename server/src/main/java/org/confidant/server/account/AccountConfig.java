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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
          rememberTypedName(authentication.getName());
          throw new BadCredentialsException(AccountService.SIGN_IN_REFUSED);
        }
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  /** Session attribute holding the sign-in name of a refused form sign-in, so the page can show it again. */
  static final String TYPED_SIGN_IN_NAME = AccountConfig.class.getName() + ".typedSignInName";

  /**
   * Keeps what the member typed as sign-in name in their (anonymous, in-memory) session for the
   * sign-in page shown after the failure redirect: nothing typed is lost. Never the passphrase.
   */
  private static void rememberTypedName(String name) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null && name != null && name.length() <= 64) {
      attributes.setAttribute(TYPED_SIGN_IN_NAME, name, RequestAttributes.SCOPE_SESSION);
    }
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
