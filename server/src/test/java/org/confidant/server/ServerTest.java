package org.confidant.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the server's integration tests: the whole application on the test database
 * ({@link TestDatabase}), MockMvc, and helpers to create members and act as them.
 *
 * <p>Tagged {@code persistence}: the build runs these on PostgreSQL and again on H2.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
public abstract class ServerTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient jdbc;

  /**
   * Inserts a member directly (no passphrase hashing: its hash cannot match any passphrase) and
   * returns their principal.
   */
  protected AccountPrincipal newMember(String displayName) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into account (id, sign_in_name, display_name, passphrase_hash, session_epoch, created_at) "
            + "values (?, ?, ?, ?, 0, ?)")
        .params(id, "test-" + id, displayName, "!not-a-hash", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    return new AccountPrincipal(id, displayName, 0);
  }

  /** Makes a MockMvc request as the given member (with a CSRF token added separately via {@code csrf()}). */
  protected static RequestPostProcessor as(AccountPrincipal member) {
    return authentication(new UsernamePasswordAuthenticationToken(member, null,
        List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
  }
}
