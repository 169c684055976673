package org.confidant.server.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.meeting.SessionViews.Place;
import org.confidant.server.system.ConfidantException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Session pages: close, join, the waiting room and the chair's lobby. The live room itself
 * ({@code GET /sessions/{id}}) belongs to the room feature; these pages send members there.
 */
@Controller
class SessionController {

  private final SessionService sessions;

  SessionController(SessionService sessions) {
    this.sessions = sessions;
  }

  @PostMapping("/sessions/{sessionId}/close")
  String close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId) {
    return "redirect:/meetings/" + sessions.close(sessionId, me.id()) + "?closed";
  }

  @PostMapping("/sessions/{sessionId}/join")
  String join(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @RequestParam(required = false) String passcode, Model model, HttpServletResponse response) {
    try {
      RoomRole role = sessions.join(sessionId, me.id(), passcode);
      return role.inRoom() ? "redirect:/sessions/" + sessionId : "redirect:/sessions/" + sessionId + "/waiting";
    } catch (ConfidantException e) {
      if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.TOO_MANY_REQUESTS) {
        throw e;
      }
      model.addAttribute("place", sessions.place(sessionId, me.id()));
      model.addAttribute("joinError", e.getMessage());
      response.setStatus(e.status().value());
      return "waiting";
    }
  }

  @GetMapping("/sessions/{sessionId}/waiting")
  String waiting(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId, Model model) {
    Place place = sessions.place(sessionId, me.id());
    if (place.inRoom()) {
      return "redirect:/sessions/" + sessionId;
    }
    model.addAttribute("place", place);
    return "waiting";
  }

  /** Polled by the waiting page every few seconds: sends the member into the room once admitted. */
  @GetMapping("/sessions/{sessionId}/waiting/status")
  String waitingStatus(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response) {
    Place place = sessions.place(sessionId, me.id());
    if (place.inRoom()) {
      if (htmx == null) {
        return "redirect:/sessions/" + sessionId;
      }
      response.setHeader("HX-Redirect", "/sessions/" + sessionId);
    }
    model.addAttribute("place", place);
    return "waiting :: status";
  }

  @GetMapping("/sessions/{sessionId}/lobby")
  String lobby(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("lobby", sessions.lobby(sessionId, me.id()));
    return htmx == null ? "lobby" : "lobby :: lobby";
  }

  @PostMapping("/sessions/{sessionId}/attendees/{accountId}/admit")
  String admit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @PathVariable UUID accountId) {
    sessions.decide(sessionId, me.id(), accountId, AttendanceState.ADMITTED);
    return "redirect:/sessions/" + sessionId + "/lobby";
  }

  @PostMapping("/sessions/{sessionId}/attendees/{accountId}/remove")
  String remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @PathVariable UUID accountId) {
    sessions.decide(sessionId, me.id(), accountId, AttendanceState.REMOVED);
    return "redirect:/sessions/" + sessionId + "/lobby";
  }

  @PostMapping("/sessions/{sessionId}/attendees/{accountId}/ban")
  String ban(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID sessionId,
      @PathVariable UUID accountId) {
    sessions.decide(sessionId, me.id(), accountId, AttendanceState.BANNED);
    return "redirect:/sessions/" + sessionId + "/lobby";
  }
}
