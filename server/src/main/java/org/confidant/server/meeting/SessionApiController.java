package org.confidant.server.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.meeting.SessionViews.Attendee;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for sessions and the waiting room; the same {@link SessionService} as the pages. */
@RestController
class SessionApiController {

  private final SessionService sessions;

  SessionApiController(SessionService sessions) {
    this.sessions = sessions;
  }

  /** What a member sends to join; the passcode only when the meeting has one. */
  record Join(@Size(max = 64) String passcode) {}

  /** Opens a session of the meeting (secretary or chair). */
  @PostMapping("/api/meetings/{meetingId}/sessions")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, UUID> start(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID meetingId) {
    return Map.of("sessionId", sessions.start(meetingId, me.id()));
  }

  @PostMapping("/api/sessions/{sessionId}/close")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId) {
    sessions.close(sessionId, me.id());
  }

  @PostMapping("/api/sessions/{sessionId}/join")
  Map<String, RoomRole> join(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @Valid @RequestBody(required = false) Join body) {
    return Map.of("role", sessions.join(sessionId, me.id(), body == null ? null : body.passcode()));
  }

  @GetMapping("/api/sessions/{sessionId}/attendees")
  List<Attendee> attendees(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId) {
    return sessions.attendees(sessionId, me.id());
  }

  @PostMapping("/api/sessions/{sessionId}/attendees/{accountId}/admit")
  Attendee admit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @PathVariable UUID accountId) {
    return sessions.decide(sessionId, me.id(), accountId, AttendanceState.ADMITTED);
  }

  @PostMapping("/api/sessions/{sessionId}/attendees/{accountId}/remove")
  Attendee remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @PathVariable UUID accountId) {
    return sessions.decide(sessionId, me.id(), accountId, AttendanceState.REMOVED);
  }

  @PostMapping("/api/sessions/{sessionId}/attendees/{accountId}/ban")
  Attendee ban(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @PathVariable UUID accountId) {
    return sessions.decide(sessionId, me.id(), accountId, AttendanceState.BANNED);
  }
}
