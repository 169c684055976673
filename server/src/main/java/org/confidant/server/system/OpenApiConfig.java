package org.confidant.server.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API, served as OpenAPI 3 at {@code /api/openapi}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  @Bean
  OpenAPI confidantApi() {
    return new OpenAPI().info(new Info()
        .title("Confidant API")
        .version("0.1")
        .license(new License().name("Apache-2.0"))
        .description("""
            The JSON API behind Confidant's pages: accounts, groups, meetings, the live room and the check.
            Sessions: sign in with POST /api/session, then send the session cookie and, on every request that
            changes something, the CSRF token from GET /api/session in the header it names.
            Errors are RFC 9457 problem details with a stable `code`. Checks are best-effort."""));
  }
}
