// CIT triage: keyboard shortcuts and row selection. No inline script, no
// third-party code: the page works without this file, it only saves keys.
(function () {
  "use strict";

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  // Rows of a queue-like table: j/k move, o/Enter open, x selects.
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-rows] tr.row"));
  var current = -1;
  function select(i) {
    if (!rows.length) return;
    if (current >= 0) rows[current].classList.remove("current");
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows[current].classList.add("current");
    rows[current].scrollIntoView({ block: "nearest" });
  }
  function open() {
    if (current < 0) return;
    var a = rows[current].querySelector("a.open");
    if (a) window.location.assign(a.getAttribute("href"));
  }
  function toggle() {
    if (current < 0) return;
    var box = rows[current].querySelector("input[type=checkbox]");
    if (box) box.checked = !box.checked;
  }

  var all = document.querySelector("[data-select-all]");
  if (all) {
    all.addEventListener("change", function () {
      document.querySelectorAll("input[name=id][form=bulk]").forEach(function (b) { b.checked = all.checked; });
    });
  }

  // Elements with data-key: a form is submitted, an input focused, a link followed,
  // a button clicked. Two-key sequences ("g q") are supported.
  function act(key) {
    var el = document.querySelector('[data-key="' + key + '"]');
    if (!el) return false;
    if (el.tagName === "FORM") {
      if (el.requestSubmit) el.requestSubmit(); else el.submit();
    } else if (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA") {
      el.focus();
    } else {
      el.click();
    }
    return true;
  }

  var prefix = "";
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (typing(ev.target)) {
      if (ev.key === "Escape") ev.target.blur();
      return;
    }
    var key = ev.key;
    if (prefix) {
      var seq = prefix + " " + key;
      prefix = "";
      if (act(seq)) ev.preventDefault();
      return;
    }
    switch (key) {
      case "g": prefix = "g"; ev.preventDefault(); return;
      case "j": select(current + 1); ev.preventDefault(); return;
      case "k": select(current - 1); ev.preventDefault(); return;
      case "o": case "Enter": if (current >= 0) { open(); ev.preventDefault(); } return;
      case "x": toggle(); ev.preventDefault(); return;
      case "?": var help = document.getElementById("shortcuts"); help.hidden = !help.hidden; ev.preventDefault(); return;
    }
    if (act(key)) ev.preventDefault();
  });
})();
