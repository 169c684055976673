package org.confidant.server.room;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The room's JSON API: post a share, read shares after a number, and the live stream with JSON
 * events. Same rules as the pages ({@link RoomService}). There is deliberately no export.
 */
@RestController
@RequestMapping("/api/sessions/{sessionId}")
class RoomApiController {

  private final RoomService rooms;

  RoomApiController(RoomService rooms) {
    this.rooms = rooms;
  }

  /**
   * A share to post.
   *
   * @param text the share
   * @param confirmed true to post despite a warning about the author's own contact details
   */
  record ShareRequest(@NotNull String text, Boolean confirmed) {
    @Override
    public String toString() {
      return "ShareRequest[redacted]";
    }
  }

  /**
   * Posts a share: 201 when posted (with help resources on a crisis), 200 with findings when the
   * author must confirm a warning, 422 with the guard's explanations and the text when blocked.
   */
  @PostMapping("/shares")
  ResponseEntity<PostResult> post(@PathVariable UUID sessionId, @Valid @RequestBody ShareRequest body,
      @AuthenticationPrincipal AccountPrincipal me) {
    PostResult result = rooms.post(sessionId, me, body.text(), Boolean.TRUE.equals(body.confirmed()));
    int status = switch (result.outcome()) {
      case POSTED -> 201;
      case WARNING -> 200;
      case BLOCKED -> 422;
    };
    return ResponseEntity.status(status).body(result);
  }

  /** Shares numbered above {@code after}, oldest first, at most 500 per call. */
  @GetMapping("/shares")
  List<ShareView> shares(@PathVariable UUID sessionId, @RequestParam(defaultValue = "0") long after,
      @AuthenticationPrincipal AccountPrincipal me) {
    return rooms.sharesAfter(sessionId, me, after);
  }

  /** The live stream with JSON {@code share} events (id = share number), {@code notice} for chairs, {@code closed}. */
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(@PathVariable UUID sessionId,
      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
      @RequestParam(required = false) Long after, @AuthenticationPrincipal AccountPrincipal me) {
    return rooms.stream(sessionId, me, RoomController.resumeFrom(lastEventId, after), true);
  }
}
