// Live reload for `faro serve` only: added to pages as they are sent, never written into the
// site. Reloads the page after each rebuild; shows the problems when a rebuild fails.
(function () {
  var box;
  function show(text) {
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("role", "alert");
      box.style.cssText =
        "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;" +
        "padding:1rem;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;" +
        "font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647";
      document.body.appendChild(box);
    }
    // The text comes with its heading, in the writer's language.
    box.textContent = text;
  }
  var events = new EventSource("/_faro/events");
  events.addEventListener("reload", function () {
    location.reload();
  });
  events.addEventListener("problems", function (event) {
    show(event.data);
  });
})();
