package org.confidant.server.group;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.group.GroupViews.GroupDetail;
import org.confidant.server.group.GroupViews.GroupSummary;
import org.confidant.server.group.GroupViews.InviteLink;
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

/** JSON API for groups, members and invites; the same {@link GroupService} as the pages. */
@RestController
class GroupApiController {

  private final GroupService groups;

  GroupApiController(GroupService groups) {
    this.groups = groups;
  }

  /** A new group's name. */
  record NewGroup(@NotBlank(message = "Give the group a name.") @Size(max = 80) String name) {}

  /** How many days fingerprints of closed meetings are kept. */
  record Retention(@NotNull @Min(1) @Max(365) Integer days) {}

  @GetMapping("/api/groups")
  List<GroupSummary> list(@AuthenticationPrincipal AccountPrincipal me) {
    return groups.myGroups(me.id());
  }

  @PostMapping("/api/groups")
  @ResponseStatus(HttpStatus.CREATED)
  GroupSummary create(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody NewGroup body) {
    return groups.create(me.id(), body.name());
  }

  @GetMapping("/api/groups/{groupId}")
  GroupDetail detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId) {
    return groups.detail(groupId, me.id());
  }

  /** Creates a single-use invite; the URL is in this answer only. */
  @PostMapping("/api/groups/{groupId}/invites")
  @ResponseStatus(HttpStatus.CREATED)
  InviteLink invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId) {
    InviteLink link = groups.createInvite(groupId, me.id());
    return new InviteLink(GroupController.absolute(link.url()), link.expiresAt());
  }

  @PostMapping("/api/invites/{token}")
  Map<String, UUID> accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String token) {
    return Map.of("groupId", groups.accept(token, me.id()));
  }

  @PostMapping("/api/groups/{groupId}/leave")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void leave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId) {
    groups.leave(groupId, me.id());
  }

  @DeleteMapping("/api/groups/{groupId}/members/{accountId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId,
      @PathVariable UUID accountId) {
    groups.remove(groupId, me.id(), accountId);
  }

  @PutMapping("/api/groups/{groupId}/retention")
  Map<String, Integer> retention(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId,
      @Valid @RequestBody Retention body) {
    return Map.of("retentionDays", groups.setRetention(groupId, me.id(), body.days()));
  }
}
