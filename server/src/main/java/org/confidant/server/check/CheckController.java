package org.confidant.server.check;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.confidant.guard.Action;
import org.confidant.guard.Channel;
import org.confidant.guard.HelpResource;
import org.confidant.guard.Verdict;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.system.ConfidantException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/** "Check before you post": a page and an endpoint that run the guard on a member's text. */
@Controller
class CheckController {

  private final CheckService checks;

  CheckController(CheckService checks) {
    this.checks = checks;
  }

  /** What the page's form carries; kept as typed so nothing is lost on an error. */
  static final class CheckForm {
    private String text = "";
    private String channel = "group";
    private String sponsees = "";

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text == null ? "" : text;
    }

    public String getChannel() {
      return channel;
    }

    public void setChannel(String channel) {
      this.channel = channel == null ? "group" : channel;
    }

    public String getSponsees() {
      return sponsees;
    }

    public void setSponsees(String sponsees) {
      this.sponsees = sponsees == null ? "" : sponsees;
    }
  }

  @GetMapping("/check")
  String page(@ModelAttribute("form") CheckForm form, Model model) {
    model.addAttribute("channels", ChannelChoice.ALL);
    return "check";
  }

  @PostMapping("/check")
  String check(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") CheckForm form, Model model,
      @RequestHeader(value = "HX-Request", required = false) String htmx) {
    model.addAttribute("channels", ChannelChoice.ALL);
    try {
      Channel channel = ChannelChoice.parse(form.getChannel());
      Verdict verdict = checks.check(me, form.getText(), channel, splitNames(form.getSponsees()));
      model.addAttribute("result", CheckResult.of(form.getText(), verdict));
    } catch (ConfidantException e) {
      model.addAttribute("error", e.getMessage());
    }
    return htmx != null ? "check :: result" : "check";
  }

  /** The JSON request of {@code POST /api/check}. */
  record CheckRequest(
      @NotNull @Size(min = 1, max = CheckService.MAX_LENGTH) String text,
      @NotNull String channel,
      List<@Size(max = 40) String> sponsees) {}

  /** One finding in the JSON answer; offsets are UTF-16 indices into the text, end exclusive. */
  record FindingView(String rule, String kind, int start, int end, String text, String explanation, String action) {}

  /** The JSON answer of {@code POST /api/check}. */
  record CheckResponse(String action, List<FindingView> findings, String redactedText, List<HelpResource> help) {}

  @PostMapping("/api/check")
  @ResponseBody
  CheckResponse api(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody CheckRequest request) {
    Channel channel = ChannelChoice.parse(request.channel());
    Verdict verdict = checks.check(me, request.text(), channel, request.sponsees());
    List<FindingView> findings = verdict.decisions().stream()
        .map(d -> new FindingView(d.finding().rule().id(), d.finding().kind() == null ? null : d.finding().kind().id(),
            d.finding().start(), d.finding().end(), request.text().substring(d.finding().start(), d.finding().end()),
            d.finding().explanation(), d.action().id()))
        .toList();
    return new CheckResponse(verdict.action().id(), findings, verdict.redactedText(), verdict.help());
  }

  private static List<String> splitNames(String names) {
    return Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Summary sentence for each overall action, in plain words. */
  static String summary(Action action) {
    return switch (action) {
      case ALLOW -> "Nothing found. The check is best-effort, so read it once more before you send it.";
      case WARN -> "Think twice before sending this: see the notes below.";
      case REDACT -> "Some parts would be held back where this is going. A version without them is below.";
      case BLOCK -> "This would be blocked where it is going. The notes below say why; the text is yours to edit.";
    };
  }
}
