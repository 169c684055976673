package org.confidant.server.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach which route before any feature looks at the request.
 *
 * <p>Only the public pages, sign-up, sign-in, static assets and the API description are open;
 * everything else needs a signed-in member. Finer rules (member of this group, admitted to this
 * meeting, chair) are each feature service's own and are held by the authorization matrix test.
 * Pages get a strict Content-Security-Policy (no inline script or style, nothing from other hosts),
 * no framing, no referrer, and Spring Security's default {@code Cache-Control: no-store}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  /** Routes anyone may reach. Everything else requires sign-in. */
  static final String[] PUBLIC_ROUTES = {
    "/", "/help", "/privacy", "/signup", "/signin", "/recover", "/error",
    "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
    "/api/openapi", "/api/openapi/**", "/api/openapi.yaml", "/api/help", "/api/accounts", "/api/session", "/api/recover"
  };

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
      + "base-uri 'none'; object-src 'none'";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    LoginUrlAuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/signin");
    http
        .authorizeHttpRequests(a -> a
            .requestMatchers(PUBLIC_ROUTES).permitAll()
            .anyRequest().authenticated())
        .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
          if (ErrorResponses.isApi(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,\"code\":\"sign-in-required\","
                + "\"detail\":\"Sign in first.\"}");
          } else {
            pages.commence(request, response, failure);
          }
        }))
        .formLogin(f -> f
            .loginPage("/signin")
            .loginProcessingUrl("/signin")
            .usernameParameter("signInName")
            .passwordParameter("passphrase")
            .defaultSuccessUrl("/groups", false)
            .failureUrl("/signin?error")
            .permitAll())
        .logout(l -> l
            .logoutUrl("/signout")
            .logoutSuccessUrl("/?signedOut")
            .invalidateHttpSession(true)
            .clearAuthentication(true)
            .deleteCookies("CONFIDANT_SESSION"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(h -> h
            .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
            .frameOptions(f -> f.deny())
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
            .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), interest-cohort=()")));
    return http.build();
  }
}
