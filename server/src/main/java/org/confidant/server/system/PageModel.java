package org.confidant.server.system;

import org.confidant.server.account.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the signed-in member (or null) to every page's model as {@code me}, for the shared header. */
@ControllerAdvice
class PageModel {

  @ModelAttribute("me")
  AccountPrincipal me(@AuthenticationPrincipal Object principal) {
    return principal instanceof AccountPrincipal p ? p : null;
  }
}
