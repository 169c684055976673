package org.confidant.server.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.confidant.server.meeting.RoomRole;
import org.confidant.server.meeting.SessionEvents;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class RoomStreamTest extends RoomTestBase {

  @org.springframework.beans.factory.annotation.Autowired RoomStreams streams;

  @Test
  void sharesReachEveryConnectedAttendeeLiveAsEscapedHtml() throws Exception {
    Scene s = scene();
    MvcResult chair = mvc.perform(get("/sessions/{id}/stream", s.sessionId()).with(as(s.chair())))
        .andExpect(request().asyncStarted()).andReturn();
    share(s, s.attendee(), "Step <4> & a fearless inventory, day one.", false);
    String received = chair.getResponse().getContentAsString();
    assertThat(received).contains("id:1").contains("event:share")
        .contains("<span class=\"share-author\">Sam R.</span>")
        .contains("Step &lt;4&gt; &amp; a fearless inventory, day one.");
    assertThat(chair.getResponse().getHeader("Cache-Control")).contains("no-store");
    streams.heartbeat();
    assertThat(chair.getResponse().getContentAsString()).contains(":heartbeat");
  }

  @Test
  void reconnectWithLastEventIdReplaysOnlyTheMissedShares() throws Exception {
    Scene s = scene();
    for (String text : new String[] {"First share about gratitude.", "Second share about service.", "Third share about hope."}) {
      share(s, s.attendee(), text, false);
    }
    MvcResult resumed = mvc.perform(get("/api/sessions/{id}/stream", s.sessionId()).with(as(s.chair()))
            .header("Last-Event-ID", "1"))
        .andExpect(request().asyncStarted()).andReturn();
    String replay = resumed.getResponse().getContentAsString();
    assertThat(replay).doesNotContain("First share").contains("id:2").contains("Second share about service.")
        .contains("id:3").contains("Third share about hope.");
    assertThat(replay.indexOf("id:2")).isLessThan(replay.indexOf("id:3"));
    share(s, s.attendee(), "Fourth share, posted after the reconnect.", false);
    assertThat(resumed.getResponse().getContentAsString()).contains("id:4").contains("Fourth share");

    MvcResult byQuery = mvc.perform(get("/sessions/{id}/stream", s.sessionId()).param("after", "3").with(as(s.attendee())))
        .andExpect(request().asyncStarted()).andReturn();
    assertThat(byQuery.getResponse().getContentAsString()).doesNotContain("Third share").contains("Fourth share");
  }

  @Test
  void removedMembersStreamEndsAndClosingEndsEveryStream() throws Exception {
    Scene s = scene();
    MvcResult attendee = mvc.perform(get("/sessions/{id}/stream", s.sessionId()).with(as(s.attendee())))
        .andExpect(request().asyncStarted()).andReturn();
    MvcResult chair = mvc.perform(get("/api/sessions/{id}/stream", s.sessionId()).with(as(s.chair())))
        .andExpect(request().asyncStarted()).andReturn();
    jdbc.sql("update attendance set state = 'REMOVED' where session_id = ? and account_id = ?")
        .params(s.sessionId(), s.attendee().id()).update();
    events.publishEvent(new SessionEvents.RoleChanged(s.sessionId(), s.attendee().id(), RoomRole.REMOVED));
    assertThat(attendee.getResponse().getContentAsString()).contains("event:removed");
    share(s, s.chair(), "Only the chair is left to hear this.", false);
    assertThat(attendee.getResponse().getContentAsString()).doesNotContain("Only the chair");
    close(s);
    assertThat(chair.getResponse().getContentAsString()).contains("event:closed");
    mvc.perform(get("/api/sessions/{id}/stream", s.sessionId()).with(as(s.chair()))).andExpect(status().isNotFound());
  }

  @Test
  void signingOutEverywhereEndsAnOpenStreamAtTheNextHeartbeat() throws Exception {
    Scene s = scene();
    MvcResult attendee = mvc.perform(get("/sessions/{id}/stream", s.sessionId()).with(as(s.attendee())))
        .andExpect(request().asyncStarted()).andReturn();
    MvcResult chair = mvc.perform(get("/api/sessions/{id}/stream", s.sessionId()).with(as(s.chair())))
        .andExpect(request().asyncStarted()).andReturn();
    streams.heartbeat();
    assertThat(attendee.getResponse().getContentAsString()).contains(":heartbeat").doesNotContain("event:removed");
    jdbc.sql("update account set session_epoch = session_epoch + 1 where id = ?").param(s.attendee().id()).update();
    streams.heartbeat();
    assertThat(attendee.getResponse().getContentAsString()).contains("event:removed").contains("You were signed out");
    assertThat(chair.getResponse().getContentAsString()).doesNotContain("event:removed");
    share(s, s.chair(), "Said after the attendee signed out everywhere.", false);
    assertThat(attendee.getResponse().getContentAsString()).doesNotContain("Said after the attendee");
    assertThat(chair.getResponse().getContentAsString()).contains("Said after the attendee");
  }

  @Test
  void roomPageShowsTheLiveRoomToAttendees() throws Exception {
    Scene s = scene();
    share(s, s.attendee(), "Glad to be here tonight.", false);
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.attendee())))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(content().string(containsString("Tuesday Night Big Book")))
        .andExpect(content().string(containsString("<li>Sam R.</li>")))
        .andExpect(content().string(containsString("hx-ext=\"sse\"")))
        .andExpect(content().string(containsString("sse-connect=\"/sessions/" + s.sessionId() + "/stream?after=1\"")))
        .andExpect(content().string(containsString("<label for=\"share-text\"")))
        .andExpect(content().string(containsString("id=\"guard-result\" aria-live=\"polite\"")))
        .andExpect(content().string(containsString("Glad to be here tonight.")))
        .andExpect(content().string(not(containsString("/lobby"))))
        .andExpect(content().string(not(containsString("/close"))));
  }

  @Test
  void chairSeesTheLobbyLinkAndTheCloseButton() throws Exception {
    Scene s = scene();
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.chair())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/sessions/" + s.sessionId() + "/lobby\"")))
        .andExpect(content().string(containsString("action=\"/sessions/" + s.sessionId() + "/close\"")))
        .andExpect(content().string(containsString("sse-swap=\"notice\"")));
  }

  @Test
  void roomPageSendsWaitingMembersToTheWaitingRoomAndKeepsOthersOut() throws Exception {
    Scene s = scene();
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.waiting())))
        .andExpect(redirectedUrl("/sessions/" + s.sessionId() + "/waiting"));
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.removed()))).andExpect(status().isForbidden());
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.member()))).andExpect(status().isForbidden());
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.outsider()))).andExpect(status().isNotFound());
  }
}
