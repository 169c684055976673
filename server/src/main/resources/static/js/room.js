// The live room: keeps what the member typed when a share cannot be sent, and reacts to the meeting closing.
(function () {
  var messages = {
    400: "Your share was not sent. If it is very long, shorten it. What you wrote is still in the box.",
    429: "You are posting quickly. Wait a minute, then share again. What you wrote is still in the box."
  };

  function say(text) {
    var area = document.getElementById("guard-result");
    if (!area) { return; }
    var p = document.createElement("p");
    p.className = "error";
    p.setAttribute("role", "alert");
    p.textContent = text;
    area.replaceChildren(p);
  }

  // An error answer is not swapped in (the text stays in the box); say what happened instead.
  document.addEventListener("htmx:responseError", function (event) {
    var target = event.detail.target;
    if (!target || target.id !== "compose") { return; }
    var status = event.detail.xhr.status;
    say(messages[status] || "Your share was not sent: the meeting may have closed, or you are no longer in it. What you wrote is still in the box.");
  });

  document.addEventListener("htmx:sendError", function (event) {
    if (event.detail.target && event.detail.target.id === "compose") {
      say("The server could not be reached. What you wrote is still in the box; try again in a moment.");
    }
  });

  // After a share is sent, put the cursor back in the box; new shares scroll into view.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (target && target.id === "compose") {
      var box = document.getElementById("share-text");
      if (box && box.value === "") { box.focus(); }
    }
    if (target && target.id === "shares" && target.lastElementChild) {
      var empty = document.querySelector(".empty-room");
      if (empty) { empty.remove(); }
    }
  });

  // The meeting closed: the shares are gone from the page too, and the form is disabled.
  document.addEventListener("htmx:sseMessage", function (event) {
    if (event.detail.type !== "closed") { return; }
    var form = document.querySelector("#compose form");
    if (form) {
      form.querySelectorAll("textarea, button").forEach(function (el) { el.disabled = true; });
    }
  });
})();
