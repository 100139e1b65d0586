// claimpipe desk: keyboard triage. No framework, no outside script.
(function () {
  "use strict";
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-claim]"));
  var sel = -1;
  var claimPage = document.querySelector("[data-claim-page]");
  var help = document.getElementById("help");

  // Single-key shortcuts can be turned off, and back on, in the help
  // (WCAG 2.1.4: a speech-input user's words would otherwise fire them).
  // On by default; each browser remembers its choice. Off, a character key
  // does nothing and the pages stop showing the keys.
  var keysOn = true, keysBox = document.getElementById("keys-on");
  function showKeys(on) {
    keysOn = on;
    document.documentElement.classList.toggle("keys-off", !on);
    if (keysBox) keysBox.checked = on;
  }
  try { showKeys(localStorage.getItem("claimpipe.keys") !== "off"); } catch (e) {}
  if (keysBox) keysBox.addEventListener("change", function () {
    showKeys(keysBox.checked);
    try { if (keysOn) localStorage.removeItem("claimpipe.keys"); else localStorage.setItem("claimpipe.keys", "off"); } catch (e) {}
  });
  window.addEventListener("storage", function (e) { // another tab's choice
    if (e.key === "claimpipe.keys") showKeys(e.newValue !== "off");
  });

  function select(i) {
    if (!rows.length) return;
    sel = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, j) { r.classList.toggle("sel", j === sel); });
    rows[sel].scrollIntoView({block: "nearest"});
    try { sessionStorage.setItem("claimpipe.sel", rows[sel].dataset.claim); } catch (e) {}
  }
  // Come back to the row last worked on.
  try {
    var last = sessionStorage.getItem("claimpipe.sel");
    rows.forEach(function (r, j) { if (r.dataset.claim === last) sel = j; });
    if (sel >= 0) select(sel);
  } catch (e) {}

  function act(id, change) {
    return fetch("/api/claims/" + encodeURIComponent(id) + "/actions", {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify(change)
    }).then(function (r) {
      if (!r.ok) return r.json().then(function (p) { toast(p.detail || p.title); });
      location.reload();
    });
  }
  // toast shows a message without blocking the page (no alert()).
  function toast(msg) {
    var el = document.getElementById("toast");
    if (!el) {
      el = document.createElement("div");
      el.id = "toast";
      el.className = "toast";
      el.setAttribute("role", "status");
      document.body.appendChild(el);
    }
    el.textContent = msg;
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { el.hidden = true; }, 5000);
  }
  function submitForm(id, otherwise) {
    var f = document.getElementById(id);
    if (f) f.submit(); else toast(otherwise);
  }
  function current() { return claimPage ? claimPage.dataset.claimPage : (sel >= 0 ? rows[sel].dataset.claim : null); }
  function reveal(id) {
    var el = document.getElementById(id);
    if (!el) {
      toast(id === "f-verdict" ? "start the review (r) before giving a verdict" : "this claim cannot be dismissed now");
      return;
    }
    el.classList.remove("collapsed");
    var box = el.closest("details"); // the dismiss form opens like its summary does
    if (box) box.open = true;
    el.scrollIntoView({block: "center"});
    var first = el.querySelector("input[type=radio]");
    if (first) first.focus();
  }
  if (claimPage && location.hash === "#dismiss") reveal("f-dismiss");
  // The article's text box opens at the claim, wherever it is in the text
  // (a claim near the end of a long article was scrolled out of sight).
  var focusMark = document.querySelector(".article-text mark.focus");
  if (focusMark) {
    var textBox = focusMark.closest(".article-text");
    textBox.scrollTop += focusMark.getBoundingClientRect().top - textBox.getBoundingClientRect().top - textBox.clientHeight / 3;
  }

  // The shortcut help is a modal dialog: focus moves into it, the page
  // behind is inert, Escape closes it (the browser's own cancel), and focus
  // goes back to where it was.
  var opener = null;
  function toggleHelp() {
    if (help.open) { help.close(); return; }
    opener = document.activeElement;
    if (help.showModal) help.showModal(); else help.setAttribute("open", "");
    help.querySelector(".help-box").focus();
  }
  help.addEventListener("close", function () {
    if (opener && opener.focus && document.contains(opener)) opener.focus();
    opener = null;
  });

  document.addEventListener("click", function (e) {
    if (e.target.closest("[data-help]") || e.target === help) toggleHelp(); // the backdrop is the dialog's own box
    var row = e.target.closest("tr[data-claim]");
    if (row && !e.target.closest("a")) select(rows.indexOf(row));
  });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT") {
      if (e.key === "Escape" && !help.open) e.target.blur();
      return;
    }
    if (!keysOn && e.key.length === 1) return;
    // While the help is open only ? (to close it) is a shortcut; Escape is
    // the dialog's.
    if (help.open && e.key !== "?") return;
    // Enter on a focused link or button is that control's: it must not
    // open the selected row's claim instead.
    if (e.key === "Enter" && e.target.closest && e.target.closest("a,button,summary,[role=button]")) return;
    var id = current();
    switch (e.key) {
      case "j": select(sel + 1); break;
      case "k": select(sel - 1); break;
      case "Enter": case "o": if (!claimPage && id) location.href = "/claims/" + encodeURIComponent(id); else return; break;
      case "a": if (!id) return; if (claimPage) submitForm("f-assign", "this claim cannot be assigned now"); else act(id, {action: "assign", assignee: "me"}); break;
      case "r": if (!id) return; if (claimPage) submitForm("f-start", "the review has already started"); else act(id, {action: "start"}); break;
      case "d": if (!id) return; if (claimPage) reveal("f-dismiss"); else location.href = "/claims/" + encodeURIComponent(id) + "#dismiss"; break;
      case "v": if (!id) return; if (claimPage) reveal("f-verdict"); else location.href = "/claims/" + encodeURIComponent(id); break;
      case "u": if (claimPage) location.href = "/"; else return; break;
      case "?": toggleHelp(); break;
      default: return;
    }
    e.preventDefault();
  });
})();
