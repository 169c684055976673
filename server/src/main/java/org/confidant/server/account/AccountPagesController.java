package org.confidant.server.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.confidant.server.system.ConfidantException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account pages: sign up, sign in (the form posts to Spring Security's {@code /signin}),
 * recover, the account page and the privacy summary.
 *
 * <p>A refused form is shown again with what was typed and the reason (status 400): nothing is
 * lost. Failures other than form validation go to {@code ErrorResponses}.
 */
@Controller
class AccountPagesController {

  private final AccountService accounts;
  private final SessionSupport sessions;

  AccountPagesController(AccountService accounts, SessionSupport sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  @GetMapping("/signup")
  String signUpForm(Model model) {
    model.addAttribute("hint", Passphrases.HINT);
    return "signup";
  }

  /** Creates the account, signs the member in and shows their sign-in name and recovery codes once. */
  @PostMapping("/signup")
  String signUp(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String passphrase,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    try {
      AccountService.SignedUp done = accounts.signUp(displayName, passphrase);
      sessions.establish(done.principal(), request, response);
      model.addAttribute("me", done.principal());
      model.addAttribute("signInName", done.signInName());
      model.addAttribute("codes", done.recoveryCodes());
      return "signup-done";
    } catch (ConfidantException e) {
      if (e.status() != HttpStatus.BAD_REQUEST) {
        throw e;
      }
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("hint", Passphrases.HINT);
      model.addAttribute("displayName", displayName);
      model.addAttribute("passphrase", passphrase);
      model.addAttribute(e.code().startsWith("display-name") ? "nameError" : "passphraseError", e.getMessage());
      return "signup";
    }
  }

  @GetMapping("/signin")
  String signInForm(@RequestParam(required = false) String error, Model model, HttpServletRequest request) {
    if (error != null) {
      model.addAttribute("error", AccountService.SIGN_IN_REFUSED);
    }
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(AccountConfig.TYPED_SIGN_IN_NAME) instanceof String typed) {
      session.removeAttribute(AccountConfig.TYPED_SIGN_IN_NAME);
      model.addAttribute("signInName", typed);
    }
    return "signin";
  }

  @GetMapping("/recover")
  String recoverForm(Model model) {
    model.addAttribute("hint", Passphrases.HINT);
    return "recover";
  }

  /** Sets a new passphrase with a recovery code, then sends the member to sign in with it. */
  @PostMapping("/recover")
  String recover(@RequestParam(defaultValue = "") String signInName, @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String newPassphrase, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    try {
      accounts.recover(signInName, code, newPassphrase, AccountConfig.clientAddress(request));
      sessions.end(request);
      return "redirect:/signin?recovered";
    } catch (ConfidantException e) {
      response.setStatus(e.status().value());
      model.addAttribute("hint", Passphrases.HINT);
      model.addAttribute("signInName", signInName);
      model.addAttribute("code", code);
      model.addAttribute("newPassphrase", newPassphrase);
      model.addAttribute("error", e.getMessage());
      return "recover";
    }
  }

  @GetMapping("/account")
  String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
    model.addAttribute("account", accounts.view(me));
    model.addAttribute("hint", Passphrases.HINT);
    return "account";
  }

  /** Changes the passphrase; this session stays signed in, every other one ends. */
  @PostMapping("/account/passphrase")
  String changePassphrase(@AuthenticationPrincipal AccountPrincipal me,
      @RequestParam(defaultValue = "") String currentPassphrase, @RequestParam(defaultValue = "") String newPassphrase,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    try {
      AccountPrincipal updated = accounts.changePassphrase(me, currentPassphrase, newPassphrase,
          AccountConfig.clientAddress(request));
      sessions.refresh(updated, request, response);
      return "redirect:/account?changed";
    } catch (ConfidantException e) {
      response.setStatus(e.status().value());
      model.addAttribute("account", accounts.view(me));
      model.addAttribute("hint", Passphrases.HINT);
      model.addAttribute("currentPassphrase", currentPassphrase);
      model.addAttribute("newPassphrase", newPassphrase);
      model.addAttribute("passphraseError", e.getMessage());
      return "account";
    }
  }

  /** Ends every session of the member, this one included. */
  @PostMapping("/account/signout-everywhere")
  String signOutEverywhere(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
    accounts.signOutEverywhere(me);
    sessions.end(request);
    return "redirect:/?signedOut";
  }

  /** Deletes the account once the member confirms with their passphrase. */
  @PostMapping("/account/delete")
  String delete(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String passphrase,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    try {
      accounts.delete(me, passphrase, AccountConfig.clientAddress(request));
      sessions.end(request);
      return "redirect:/signin?deleted";
    } catch (ConfidantException e) {
      response.setStatus(e.status().value());
      model.addAttribute("account", accounts.view(me));
      model.addAttribute("hint", Passphrases.HINT);
      model.addAttribute("deleteError", e.getMessage());
      return "account";
    }
  }

  @GetMapping("/privacy")
  String privacy() {
    return "privacy";
  }
}
