// Meetings: show the next meeting time in the viewer's own time zone, and offer the browser's zone on a new meeting.
document.addEventListener("DOMContentLoaded", function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { zone = null; }
  document.querySelectorAll("time.local-time").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    var note = el.parentElement.querySelector(".local-time-note");
    if (!note || isNaN(when.getTime())) { return; }
    note.textContent = " · your time: " + when.toLocaleString(undefined,
      { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
  });
  document.querySelectorAll("input[data-default-zone=browser]").forEach(function (input) {
    if (zone && input.value === input.defaultValue) { input.value = zone; }
  });
});

// Lobby: don't refresh the list while the chair's keyboard focus is on one of its buttons (a refresh would drop focus).
document.addEventListener("htmx:beforeRequest", function (event) {
  var lobby = document.getElementById("lobby");
  if (lobby && event.detail.elt === lobby && lobby.contains(document.activeElement) && document.activeElement !== lobby) {
    event.preventDefault();
  }
});
