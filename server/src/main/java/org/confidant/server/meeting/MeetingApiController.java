package org.confidant.server.meeting;

import jakarta.validation.Valid;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for the meeting schedule; the same {@link MeetingService} as the pages. */
@RestController
class MeetingApiController {

  private final MeetingService meetings;

  MeetingApiController(MeetingService meetings) {
    this.meetings = meetings;
  }

  @PostMapping("/api/groups/{groupId}/meetings")
  @ResponseStatus(HttpStatus.CREATED)
  MeetingDetail create(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId,
      @Valid @RequestBody MeetingForm form) {
    return meetings.detail(meetings.create(groupId, me.id(), form), me.id());
  }

  @GetMapping("/api/meetings/{meetingId}")
  MeetingDetail detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID meetingId) {
    return meetings.detail(meetingId, me.id());
  }

  @PutMapping("/api/meetings/{meetingId}")
  MeetingDetail update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID meetingId,
      @Valid @RequestBody MeetingForm form) {
    meetings.update(meetingId, me.id(), form);
    return meetings.detail(meetingId, me.id());
  }

  @DeleteMapping("/api/meetings/{meetingId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID meetingId) {
    meetings.delete(meetingId, me.id());
  }
}
