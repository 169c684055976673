package org.confidant.server.system;

import java.util.List;
import org.confidant.guard.HelpResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public pages: landing, help now, and the help resources as JSON. */
@Controller
class PagesController {

  @GetMapping("/")
  String landing() {
    return "index";
  }

  @GetMapping("/help")
  String help(Model model) {
    model.addAttribute("help", HelpResource.DEFAULTS);
    return "help";
  }

  /** The help resources a client shows someone in danger; the same list the guard attaches to crisis findings. */
  @GetMapping("/api/help")
  @ResponseBody
  List<HelpResource> helpResources() {
    return HelpResource.DEFAULTS;
  }
}
