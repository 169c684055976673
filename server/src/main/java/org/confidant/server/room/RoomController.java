package org.confidant.server.room;

import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.meeting.RoomRole;
import org.confidant.server.system.ConfidantException;
import org.confidant.server.system.ConfidantProperties;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The room's pages: the room itself, the share form (htmx or plain), and the live stream. */
@Controller
class RoomController {

  private final RoomService rooms;
  private final int maxShareLength;

  RoomController(RoomService rooms, ConfidantProperties properties) {
    this.rooms = rooms;
    this.maxShareLength = properties.meetings().maxShareLength();
  }

  @GetMapping("/sessions/{sessionId}")
  String room(@PathVariable UUID sessionId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
    if (rooms.roleOf(sessionId, me) == RoomRole.WAITING) {
      return "redirect:/sessions/" + sessionId + "/waiting";
    }
    return page(sessionId, me, null, model);
  }

  /** Posts a share; htmx gets the form fragment back, a plain form post the whole page. */
  @PostMapping("/sessions/{sessionId}/shares")
  String share(@PathVariable UUID sessionId, @RequestParam(defaultValue = "") String text,
      @RequestParam(defaultValue = "false") boolean confirmed,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      @AuthenticationPrincipal AccountPrincipal me, Model model) {
    PostResult result = rooms.post(sessionId, me, text, confirmed);
    if (htmx != null) {
      model.addAttribute("sessionId", sessionId);
      model.addAttribute("maxLength", maxShareLength);
      model.addAttribute("result", result);
      return "room :: compose";
    }
    if (result.posted() && result.help().isEmpty()) {
      return "redirect:/sessions/" + sessionId;
    }
    return page(sessionId, me, result, model);
  }

  /** The live stream of shares as HTML fragments for htmx's SSE extension. */
  @GetMapping(path = "/sessions/{sessionId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter stream(@PathVariable UUID sessionId,
      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
      @RequestParam(required = false) Long after, @AuthenticationPrincipal AccountPrincipal me) {
    return rooms.stream(sessionId, me, resumeFrom(lastEventId, after), false);
  }

  /** Where a stream resumes: {@code Last-Event-ID} (set by a reconnecting EventSource) wins over {@code ?after=}. */
  static long resumeFrom(String lastEventId, Long after) {
    if (lastEventId != null && !lastEventId.isBlank()) {
      try {
        return Math.max(0, Long.parseLong(lastEventId.trim()));
      } catch (NumberFormatException e) {
        throw ConfidantException.invalid("bad-last-event-id", "The stream position must be a share number.");
      }
    }
    return after == null ? 0 : Math.max(0, after);
  }

  private String page(UUID sessionId, AccountPrincipal me, PostResult result, Model model) {
    model.addAttribute("room", rooms.page(sessionId, me));
    model.addAttribute("sessionId", sessionId);
    model.addAttribute("maxLength", maxShareLength);
    model.addAttribute("result", result);
    return "room";
  }
}
