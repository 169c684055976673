package org.confidant.server.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.group.GroupService;
import org.confidant.server.system.ConfidantException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Meeting pages: the schedule entry, its create/edit/delete forms and the Start button. A form that
 * fails a check comes back with what was typed (except the passcode) and the reason.
 */
@Controller
class MeetingController {

  private final MeetingService meetings;
  private final SessionService sessions;
  private final GroupService groups;

  MeetingController(MeetingService meetings, SessionService sessions, GroupService groups) {
    this.meetings = meetings;
    this.sessions = sessions;
    this.groups = groups;
  }

  @GetMapping("/meetings/{meetingId}")
  String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID meetingId, Model model) {
    MeetingDetail meeting = meetings.detail(meetingId, me.id());
    model.addAttribute("meeting", meeting);
    if (meeting.live()) {
      model.addAttribute("place", sessions.place(meeting.liveSessionId(), me.id()));
    }
    if (meeting.secretary()) {
      formModel(model, me, meeting.groupId(), meetings.form(meetingId, me.id()), "/meetings/" + meetingId);
    }
    return "meeting";
  }

  @PostMapping("/groups/{groupId}/meetings")
  String create(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId,
      @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model, HttpServletResponse response) {
    try {
      if (binding.hasErrors()) {
        throw ConfidantException.invalid("meeting-form", "Some fields could not be read: "
            + String.join(", ", binding.getFieldErrors().stream().map(f -> f.getField()).toList()) + ".");
      }
      return "redirect:/meetings/" + meetings.create(groupId, me.id(), form) + "?created";
    } catch (ConfidantException e) {
      return again(e, me, groupId, form, "/groups/" + groupId + "/meetings", model, response);
    }
  }

  @PostMapping("/meetings/{meetingId}")
  String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID meetingId,
      @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model, HttpServletResponse response) {
    UUID groupId = meetings.detail(meetingId, me.id()).groupId();
    try {
      if (binding.hasErrors()) {
        throw ConfidantException.invalid("meeting-form", "Some fields could not be read: "
            + String.join(", ", binding.getFieldErrors().stream().map(f -> f.getField()).toList()) + ".");
      }
      meetings.update(meetingId, me.id(), form);
      return "redirect:/meetings/" + meetingId + "?saved";
    } catch (ConfidantException e) {
      return again(e, me, groupId, form, "/meetings/" + meetingId, model, response);
    }
  }

  @PostMapping("/meetings/{meetingId}/delete")
  String delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID meetingId) {
    return "redirect:/groups/" + meetings.delete(meetingId, me.id()) + "?meetingDeleted";
  }

  @PostMapping("/meetings/{meetingId}/start")
  String start(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID meetingId) {
    return "redirect:/sessions/" + sessions.start(meetingId, me.id());
  }

  /** Re-renders the form with the member's input and the reason; other failures go to the error page. */
  private String again(ConfidantException e, AccountPrincipal me, UUID groupId, MeetingForm form, String action,
      Model model, HttpServletResponse response) {
    if (e.status() != HttpStatus.BAD_REQUEST) {
      throw e;
    }
    groups.requireSecretary(groupId, me.id(), "schedule meetings");
    formModel(model, me, groupId, form.withoutPasscode(), action);
    model.addAttribute("formError", e.getMessage());
    model.addAttribute("editing", action.startsWith("/meetings/"));
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return "meeting-form";
  }

  private void formModel(Model model, AccountPrincipal me, UUID groupId, MeetingForm form, String action) {
    model.addAttribute("form", form);
    model.addAttribute("formAction", action);
    model.addAttribute("zones", MeetingForm.COMMON_ZONES);
    model.addAttribute("members", groups.detail(groupId, me.id()).members());
    model.addAttribute("groupId", groupId);
  }
}
