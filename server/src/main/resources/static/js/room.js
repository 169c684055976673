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

  // Resuming: a reconnecting EventSource sends Last-Event-ID itself; when htmx has to open a new one,
  // it asks from the last share this page holds, and a share already shown is never added twice.
  var lastSeq = 0;
  var source = null;
  document.querySelectorAll("#shares .share").forEach(function (li) {
    var seq = parseInt(li.id.replace("share-", ""), 10);
    if (seq > lastSeq) { lastSeq = seq; }
  });
  if (window.htmx) {
    htmx.createEventSource = function (url) {
      if (lastSeq > 0) { url = url.replace(/([?&])after=\d+/, "$1after=" + lastSeq); }
      source = new EventSource(url, { withCredentials: true });
      return source;
    };
  }
  document.addEventListener("htmx:sseBeforeMessage", function (event) {
    var message = event.detail;
    if (message.type !== "share" || !message.lastEventId) { return; }
    var seq = parseInt(message.lastEventId, 10);
    if (document.getElementById("share-" + seq)) { event.preventDefault(); }
    if (seq > lastSeq) { lastSeq = seq; }
  });

  // The meeting closed: the shares are gone from the page too, the stream stops, the form is disabled.
  document.addEventListener("htmx:sseMessage", function (event) {
    if (event.detail.type !== "closed" && event.detail.type !== "removed") { return; }
    if (source) { source.close(); }
    var form = document.querySelector("#compose form");
    if (form) {
      form.querySelectorAll("textarea, button").forEach(function (el) { el.disabled = true; });
    }
  });
})();
