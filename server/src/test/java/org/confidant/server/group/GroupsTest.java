package org.confidant.server.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.confidant.server.ServerTest;
import org.confidant.server.account.AccountPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@Import(TestClock.Config.class)
class GroupsTest extends ServerTest {

  @Autowired TestClock clock;

  AccountPrincipal secretary;
  AccountPrincipal member;
  AccountPrincipal stranger;
  UUID groupId;

  @BeforeEach
  void group() throws Exception {
    clock.set(Instant.parse("2026-12-01T12:00:00Z"));
    secretary = newMember("Pat S.");
    member = newMember("Lee M.");
    stranger = newMember("Kim O.");
    groupId = createGroup(secretary, "Tuesday Serenity");
    join(member, invite(secretary, groupId)).andExpect(status().isOk());
  }

  @AfterEach
  void resetClock() {
    clock.set(Instant.now());
  }

  UUID createGroup(AccountPrincipal who, String name) throws Exception {
    String body = mvc.perform(post("/api/groups").with(as(who)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return UUID.fromString(JsonPath.read(body, "$.id"));
  }

  String invite(AccountPrincipal who, UUID group) throws Exception {
    String body = mvc.perform(post("/api/groups/" + group + "/invites").with(as(who)).with(csrf()))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String url = JsonPath.read(body, "$.url");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  org.springframework.test.web.servlet.ResultActions join(AccountPrincipal who, String token) throws Exception {
    return mvc.perform(post("/api/invites/" + token).with(as(who)).with(csrf()));
  }

  AccountPrincipal actor(String who) {
    return switch (who) {
      case "secretary" -> secretary;
      case "member" -> member;
      default -> stranger;
    };
  }

  MockHttpServletRequestBuilder request(String route) {
    AccountPrincipal target = newMember("Ali T.");
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, 'MEMBER', now())")
        .params(groupId, target.id()).update();
    String g = "/api/groups/" + groupId;
    return switch (route) {
      case "view" -> get(g);
      case "view-page" -> get("/groups/" + groupId);
      case "invite" -> post(g + "/invites");
      case "invite-page" -> post("/groups/" + groupId + "/invites");
      case "retention" -> put(g + "/retention").contentType(MediaType.APPLICATION_JSON).content("{\"days\":10}");
      case "retention-page" -> post("/groups/" + groupId + "/retention").param("days", "10");
      case "remove" -> delete(g + "/members/" + target.id());
      case "remove-page" -> post("/groups/" + groupId + "/members/" + target.id() + "/remove");
      case "leave" -> post(g + "/leave");
      default -> throw new IllegalArgumentException(route);
    };
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "secretary, view, 200", "member, view, 200", "stranger, view, 404",
      "secretary, view-page, 200", "member, view-page, 200", "stranger, view-page, 404",
      "secretary, invite, 201", "member, invite, 403", "stranger, invite, 404",
      "secretary, invite-page, 200", "member, invite-page, 403", "stranger, invite-page, 404",
      "secretary, retention, 200", "member, retention, 403", "stranger, retention, 404",
      "secretary, retention-page, 302", "member, retention-page, 403", "stranger, retention-page, 404",
      "secretary, remove, 204", "member, remove, 403", "stranger, remove, 404",
      "secretary, remove-page, 302", "member, remove-page, 403", "stranger, remove-page, 404",
      "member, leave, 204", "stranger, leave, 404",
  })
  void onlyTheSecretaryRunsTheGroupAndStrangersDoNotSeeIt(String who, String route, int expected) throws Exception {
    mvc.perform(request(route).with(as(actor(who))).with(csrf())).andExpect(status().is(expected));
  }

  @Test
  void creatorBecomesSecretaryAndGroupIsListed() throws Exception {
    mvc.perform(post("/groups").with(as(stranger)).with(csrf()).param("name", "Morning Hope"))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.sql("select ms.role from membership ms join fellowship_group g on g.id = ms.group_id "
            + "where ms.account_id = ? and g.name = 'Morning Hope'").param(stranger.id()).query(String.class).single())
        .isEqualTo("SECRETARY");
    mvc.perform(get("/groups").with(as(stranger))).andExpect(content().string(containsString("Morning Hope")));
    assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'group.create'")
        .param(stranger.id()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void groupFormKeepsWhatWasTypedWhenTheNameIsTooLong() throws Exception {
    String tooLong = "Serenity ".repeat(10);
    mvc.perform(post("/groups").with(as(stranger)).with(csrf()).param("name", tooLong))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("80 characters or fewer")))
        .andExpect(content().string(containsString(tooLong.strip())));
  }

  @Test
  void groupPageShowsMembersByDisplayNameAndInviteOnlyToTheSecretary() throws Exception {
    mvc.perform(get("/groups/" + groupId).with(as(secretary)))
        .andExpect(content().string(containsString("Lee M.")))
        .andExpect(content().string(containsString("Create an invite link")));
    mvc.perform(get("/groups/" + groupId).with(as(member)))
        .andExpect(content().string(containsString("Pat S.")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Create an invite link"))));
  }

  @Test
  void inviteIsSingleUseAndOnlyItsHashIsStored() throws Exception {
    String token = invite(secretary, groupId);
    assertThat(jdbc.sql("select count(*) from invite where token_hash = ?").param(GroupService.hash(token))
        .query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from invite where token_hash = ?").param(token).query(Long.class).single())
        .isZero();
    mvc.perform(get("/invite/" + token).with(as(stranger)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Tuesday Serenity")));
    join(stranger, token).andExpect(status().isOk()).andExpect(jsonPath("$.groupId").value(groupId.toString()));
    AccountPrincipal late = newMember("Jo B.");
    join(late, token).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("invite-invalid"));
    mvc.perform(get("/invite/" + token).with(as(late)))
        .andExpect(status().isNotFound()).andExpect(content().string(containsString("used")));
  }

  @ParameterizedTest(name = "after {0} hours: {1}")
  @CsvSource({"0, 200", "167, 200", "168, 404", "200, 404"})
  void inviteExpiresAfterSevenDays(long hours, int expected) throws Exception {
    String token = invite(secretary, groupId);
    clock.advance(Duration.ofHours(hours));
    join(stranger, token).andExpect(status().is(expected));
  }

  @Test
  void unknownInviteIsANotFoundPageWithAClearMessage() throws Exception {
    mvc.perform(get("/invite/nonsense").with(as(stranger)))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Ask the group&#39;s secretary for a new link")));
  }

  @Test
  void secretaryCannotRemoveThemselves() throws Exception {
    mvc.perform(delete("/api/groups/" + groupId + "/members/" + secretary.id()).with(as(secretary)).with(csrf()))
        .andExpect(status().isConflict());
  }

  @Test
  void removedMemberNoLongerSeesTheGroup() throws Exception {
    mvc.perform(delete("/api/groups/" + groupId + "/members/" + member.id()).with(as(secretary)).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/groups/" + groupId).with(as(member))).andExpect(status().isNotFound());
    assertThat(jdbc.sql("select count(*) from audit_event where action = 'member.remove' and subject_id = ?")
        .param(member.id()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void whenTheSecretaryLeavesTheLongestStandingMemberTakesOver() throws Exception {
    mvc.perform(post("/api/groups/" + groupId + "/leave").with(as(secretary)).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/groups/" + groupId).with(as(member)))
        .andExpect(jsonPath("$.myRole").value("SECRETARY"))
        .andExpect(jsonPath("$.members.length()").value(1));
  }

  @ParameterizedTest(name = "{0} days -> {1}")
  @CsvSource({"0, 400", "1, 200", "30, 200", "365, 200", "366, 400"})
  void retentionIsOneToThreeHundredSixtyFiveDays(int days, int expected) throws Exception {
    mvc.perform(put("/api/groups/" + groupId + "/retention").with(as(secretary)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"days\":" + days + "}"))
        .andExpect(status().is(expected));
    int stored = jdbc.sql("select retention_days from fellowship_group where id = ?").param(groupId)
        .query(Integer.class).single();
    assertThat(stored).isEqualTo(expected == 200 ? days : 30);
  }

  @Test
  void retentionFormKeepsWhatWasTyped() throws Exception {
    mvc.perform(post("/groups/" + groupId + "/retention").with(as(secretary)).with(csrf()).param("days", "400"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("value=\"400\"")))
        .andExpect(content().string(containsString("from 1 to 365")));
  }
}
