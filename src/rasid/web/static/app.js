// Rasid reader behaviour. Loaded as a static file (the CSP forbids inline script).
// Article data arrives in a <script type="application/json"> block; everything it contains
// is put on the page with textContent, never innerHTML.
(function () {
  "use strict";

  function readJSON(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  var annotations = readJSON("annotations-data");
  if (!annotations) return;
  var labels = readJSON("labels-data") || {};
  var byId = {};
  annotations.forEach(function (a) { byId[a.id] = a; });
  var body = document.getElementById("article-body");
  var details = document.getElementById("details-body");

  function segmentsOf(id) {
    return body.querySelectorAll('mark[data-ann~="' + id.replace(/[^a-z0-9]/gi, "") + '"]');
  }

  function flash(id) {
    document.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    var segs = segmentsOf(id);
    segs.forEach(function (m) { void m.offsetWidth; m.classList.add("flash"); });
    return segs;
  }

  function row(dl, term, value, dir) {
    if (value === undefined || value === null || value === "") return;
    var dt = document.createElement("dt");
    dt.textContent = term;
    var dd = document.createElement("dd");
    dd.textContent = String(value);
    dd.setAttribute("dir", dir || "auto");
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function show(ids) {
    details.textContent = "";
    details.classList.remove("muted");
    ids.forEach(function (id) {
      var a = byId[id];
      if (!a) return;
      var card = document.createElement("div");
      card.className = "detail-card l-" + a.layer;
      var head = document.createElement("div");
      head.className = "detail-head";
      head.textContent = (labels["layer_" + a.layer] || a.layer) + " · " + a.label;
      card.appendChild(head);
      var quote = document.createElement("div");
      quote.className = "detail-text";
      quote.setAttribute("dir", "auto");
      quote.textContent = a.text.length > 240 ? a.text.slice(0, 239) + "…" : a.text;
      card.appendChild(quote);
      var dl = document.createElement("dl");
      var at = a.attrs || {};
      row(dl, labels.canonical || "canonical", at.canonical || at.speaker_canonical_name);
      row(dl, labels.speaker || "speaker", at.speaker_canonical || at.speaker);
      row(dl, labels.value || "value", at.value ? at.value + (at.precision ? " (" + at.precision + ")" : "") : "");
      row(dl, labels.kb_id || "kb", at.kb_id, "ltr");
      row(dl, "outlet", at.outlet);
      row(dl, "origin", at.origin);
      row(dl, labels.evidence || "evidence", "[" + a.start + ", " + a.end + ")", "ltr");
      card.appendChild(dl);
      if (a.entity_key) {
        var link = document.createElement("a");
        link.href = "/entity/" + encodeURIComponent(a.entity_key);
        link.textContent = (labels.open_entity || "entity") + " →";
        card.appendChild(link);
      }
      details.appendChild(card);
    });
  }

  body.addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark[data-ann]");
    if (!mark) return;
    var ids = mark.getAttribute("data-ann").split(" ");
    show(ids);
    flash(ids[ids.length - 1]);
  });
  body.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var mark = ev.target.closest("mark[data-ann]");
    if (mark) show(mark.getAttribute("data-ann").split(" "));
  });

  document.querySelectorAll("a.fact[data-target]").forEach(function (link) {
    link.addEventListener("click", function (ev) {
      ev.preventDefault();
      var id = link.getAttribute("data-target");
      var segs = flash(id);
      if (segs.length) segs[0].scrollIntoView({ behavior: "smooth", block: "center" });
      show([id]);
      if (history.replaceState) history.replaceState(null, "", "#" + id);
    });
  });

  if (location.hash && byId[location.hash.slice(1)]) {
    var id = location.hash.slice(1);
    var segs = flash(id);
    if (segs.length) segs[0].scrollIntoView({ block: "center" });
    show([id]);
  }
})();

// Search as you type: a short list of matching titles under the search box (the full results
// page still comes from the form). Titles are untrusted: textContent only.
(function () {
  "use strict";
  var input = document.getElementById("q");
  if (!input || !window.fetch) return;
  var box = document.createElement("ul");
  box.id = "suggestions";
  box.className = "suggestions";
  box.hidden = true;
  input.parentNode.appendChild(box);
  var timer = null, last = "";

  function render(results) {
    box.textContent = "";
    results.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/doc/" + encodeURIComponent(r.id);
      a.textContent = r.title || r.id;
      a.setAttribute("dir", "auto");
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " " + [r.outlet, r.language, r.published].filter(Boolean).join(" · ");
      li.appendChild(a);
      li.appendChild(meta);
      box.appendChild(li);
    });
    box.hidden = results.length === 0;
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { box.hidden = true; return; }
    timer = setTimeout(function () {
      if (q === last) return;
      last = q;
      fetch("/api/search?limit=6&q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { if (input.value.trim() === q) render(data.results || []); })
        .catch(function () { box.hidden = true; });
    }, 250);
  });
  input.addEventListener("keydown", function (ev) { if (ev.key === "Escape") box.hidden = true; });
  document.addEventListener("click", function (ev) { if (!box.contains(ev.target) && ev.target !== input) box.hidden = true; });
})();
