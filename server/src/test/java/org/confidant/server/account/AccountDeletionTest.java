package org.confidant.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.confidant.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** Deleting an account removes its data, and its groups stay usable. */
class AccountDeletionTest extends ServerTest {

  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  private record Member(UUID id, MockHttpSession session) {}

  private Member signUp(String displayName) throws Exception {
    MockHttpSession session = new MockHttpSession();
    var r = mvc.perform(post("/api/accounts").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"displayName\":\"" + displayName + "\",\"passphrase\":\"" + AccountFlowTest.PASS + "\"}"))
        .andExpect(status().isCreated()).andReturn();
    return new Member(UUID.fromString(JsonPath.read(r.getResponse().getContentAsString(), "$.member.id")), session);
  }

  private UUID group(String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into fellowship_group (id, name, created_at) values (?, ?, ?)").params(id, name, T0).update();
    return id;
  }

  private void join(UUID group, UUID account, String role, int day) {
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, ?, ?)")
        .params(group, account, role, T0.plusDays(day)).update();
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }

  private String role(UUID group, UUID account) {
    return jdbc.sql("select role from membership where group_id = ? and account_id = ?").params(group, account)
        .query(String.class).optional().orElse(null);
  }

  @Test
  void deleteAccountRemovesItsRowsAndHandsGroupsOn() throws Exception {
    Member sam = signUp("Sam");
    UUID bob = newMember("Bob").id();
    UUID cat = newMember("Cat").id();
    UUID dana = newMember("Dana").id();
    UUID handedOn = group("Tuesday step study");
    join(handedOn, sam.id(), "SECRETARY", 0);
    join(handedOn, cat, "MEMBER", 5);
    join(handedOn, bob, "MEMBER", 2);
    UUID alone = group("Just me");
    join(alone, sam.id(), "SECRETARY", 0);
    UUID shared = group("Two secretaries");
    join(shared, sam.id(), "SECRETARY", 0);
    join(shared, dana, "SECRETARY", 1);
    join(shared, cat, "MEMBER", 0);

    UUID meeting = UUID.randomUUID();
    jdbc.sql("insert into meeting (id, group_id, title, weekday, start_time, time_zone, format, chair_id, created_at) "
            + "values (?, ?, 'Big Book', 2, time '19:00:00', 'UTC', 'CLOSED', ?, ?)")
        .params(meeting, handedOn, sam.id(), T0).update();
    UUID session = UUID.randomUUID();
    jdbc.sql("insert into meeting_session (id, meeting_id, started_at) values (?, ?, ?)")
        .params(session, meeting, T0).update();
    jdbc.sql("insert into attendance (session_id, account_id, state, updated_at) values (?, ?, 'ADMITTED', ?)")
        .params(session, sam.id(), T0).update();
    jdbc.sql("insert into heard (session_id, account_id, expires_at) values (?, ?, ?)")
        .params(session, sam.id(), T0.plusDays(30)).update();
    UUID share = UUID.randomUUID();
    jdbc.sql("insert into share (id, session_id, seq, author_id, posted_at, ciphertext) values (?, ?, 1, ?, ?, ?)")
        .params(share, session, sam.id(), T0, new byte[] {1, 2, 3}).update();
    jdbc.sql("insert into invite (token_hash, group_id, created_by, expires_at) values (?, ?, ?, ?)")
        .params("ab".repeat(32), handedOn, sam.id(), T0.plusDays(7)).update();
    String signInName = JsonPath.read(mvc.perform(get("/api/account").session(sam.session()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.signInName");
    MockHttpSession otherDevice = new MockHttpSession();
    mvc.perform(post("/api/session").session(otherDevice).with(csrf())
            .with(AccountFlowTest.from(AccountFlowTest.freshAddress())).contentType(MediaType.APPLICATION_JSON)
            .content("{\"signInName\":\"" + signInName + "\",\"passphrase\":\"" + AccountFlowTest.PASS + "\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/account").session(otherDevice)).andExpect(status().isOk());

    mvc.perform(delete("/api/account").session(sam.session()).with(csrf())
            .with(AccountFlowTest.from(AccountFlowTest.freshAddress()))
            .contentType(MediaType.APPLICATION_JSON).content("{\"passphrase\":\"" + AccountFlowTest.PASS + "\"}"))
        .andExpect(status().isNoContent());

    for (String table : new String[] {"account where id", "recovery_code where account_id",
        "membership where account_id", "attendance where account_id", "heard where account_id",
        "meeting where chair_id", "share where author_id", "invite where created_by",
        "audit_event where actor_id", "audit_event where subject_id"}) {
      assertThat(count("select count(*) from " + table + " = ?", sam.id())).as(table).isZero();
    }
    assertThat(role(handedOn, bob)).isEqualTo("SECRETARY");
    assertThat(role(handedOn, cat)).isEqualTo("MEMBER");
    assertThat(count("select count(*) from fellowship_group where id = ?", alone)).isZero();
    assertThat(role(shared, dana)).isEqualTo("SECRETARY");
    assertThat(role(shared, cat)).isEqualTo("MEMBER");
    assertThat(count("select count(*) from meeting where id = ?", meeting)).isOne();
    assertThat(count("select count(*) from share where id = ?", share)).isOne();
    assertThat(count("select count(*) from audit_event where action = 'account.delete'")).isPositive();
    mvc.perform(get("/api/account").session(sam.session())).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/account").session(otherDevice)).andExpect(status().isUnauthorized());
  }

  @ParameterizedTest(name = "passphrase [{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
    "not my passphrase at all|403|false",
    "''|400|false",
  })
  void deleteNeedsThePassphrase(String passphrase, int expected, boolean deleted) throws Exception {
    Member sam = signUp("Sam");
    String body = passphrase.isEmpty() ? "{}" : "{\"passphrase\":\"" + passphrase + "\"}";
    mvc.perform(delete("/api/account").session(sam.session()).with(csrf())
            .with(AccountFlowTest.from(AccountFlowTest.freshAddress()))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().is(expected));
    assertThat(count("select count(*) from account where id = ?", sam.id()) == 0).isEqualTo(deleted);
  }

  @Test
  void deletePageConfirmsWithThePassphrase() throws Exception {
    Member sam = signUp("Sam");
    mvc.perform(post("/account/delete").session(sam.session()).with(csrf())
            .with(AccountFlowTest.from(AccountFlowTest.freshAddress())).param("passphrase", "wrong wrong wrong"))
        .andExpect(status().isForbidden());
    assertThat(count("select count(*) from account where id = ?", sam.id())).isOne();
    mvc.perform(post("/account/delete").session(sam.session()).with(csrf())
            .with(AccountFlowTest.from(AccountFlowTest.freshAddress())).param("passphrase", AccountFlowTest.PASS))
        .andExpect(redirectedUrl("/signin?deleted"));
    assertThat(count("select count(*) from account where id = ?", sam.id())).isZero();
  }
}
