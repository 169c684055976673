package org.confidant.server.group;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.group.GroupViews.GroupDetail;
import org.confidant.server.group.GroupViews.InviteLink;
import org.confidant.server.meeting.MeetingForm;
import org.confidant.server.system.ConfidantException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Group pages: my groups, one group, invites, leaving, removing members and retention. Rules live in {@link GroupService}. */
@Controller
class GroupController {

  private final GroupService groups;

  GroupController(GroupService groups) {
    this.groups = groups;
  }

  @GetMapping("/groups")
  String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
    model.addAttribute("groups", groups.myGroups(me.id()));
    model.addAttribute("name", "");
    return "groups";
  }

  @PostMapping("/groups")
  String create(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String name,
      Model model, HttpServletResponse response) {
    try {
      return "redirect:/groups/" + groups.create(me.id(), name).id();
    } catch (ConfidantException e) {
      if (e.status() != HttpStatus.BAD_REQUEST) {
        throw e;
      }
      model.addAttribute("groups", groups.myGroups(me.id()));
      model.addAttribute("name", name);
      model.addAttribute("nameError", e.getMessage());
      response.setStatus(400);
      return "groups";
    }
  }

  @GetMapping("/groups/{groupId}")
  String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId, Model model) {
    return page(me, groupId, model);
  }

  @PostMapping("/groups/{groupId}/invites")
  String invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId, Model model) {
    InviteLink link = groups.createInvite(groupId, me.id());
    model.addAttribute("invite", new InviteLink(absolute(link.url()), link.expiresAt()));
    return page(me, groupId, model);
  }

  @GetMapping("/invite/{token}")
  String offer(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String token, Model model) {
    model.addAttribute("offer", groups.offer(token, me.id()));
    model.addAttribute("token", token);
    return "invite";
  }

  @PostMapping("/invite/{token}")
  String accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String token) {
    return "redirect:/groups/" + groups.accept(token, me.id()) + "?joined";
  }

  @PostMapping("/groups/{groupId}/leave")
  String leave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId) {
    groups.leave(groupId, me.id());
    return "redirect:/groups?left";
  }

  @PostMapping("/groups/{groupId}/members/{accountId}/remove")
  String remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId,
      @PathVariable UUID accountId) {
    groups.remove(groupId, me.id(), accountId);
    return "redirect:/groups/" + groupId + "?removed";
  }

  @PostMapping("/groups/{groupId}/retention")
  String retention(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID groupId,
      @RequestParam(defaultValue = "") String days, Model model, HttpServletResponse response) {
    Integer parsed = null;
    try {
      parsed = Integer.valueOf(days.strip());
    } catch (NumberFormatException e) {
      // left null: the service answers with the sentence for the page
    }
    try {
      groups.setRetention(groupId, me.id(), parsed);
      return "redirect:/groups/" + groupId + "?retention";
    } catch (ConfidantException e) {
      if (e.status() != HttpStatus.BAD_REQUEST) {
        throw e;
      }
      model.addAttribute("retentionInput", days);
      model.addAttribute("retentionError", e.getMessage());
      response.setStatus(400);
      return page(me, groupId, model);
    }
  }

  private String page(AccountPrincipal me, UUID groupId, Model model) {
    GroupDetail group = groups.detail(groupId, me.id());
    model.addAttribute("group", group);
    if (!model.containsAttribute("retentionInput")) {
      model.addAttribute("retentionInput", String.valueOf(group.retentionDays()));
    }
    model.addAttribute("form", MeetingForm.blank());
    model.addAttribute("zones", MeetingForm.COMMON_ZONES);
    model.addAttribute("members", group.members());
    model.addAttribute("formAction", "/groups/" + groupId + "/meetings");
    return "group";
  }

  static String absolute(String path) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
  }
}
