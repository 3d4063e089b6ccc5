// Autocomplete of speakers, academies and topics in the search box, from
// /api/suggest. The page works without it; with it, typing "tran qu" offers
// "Trần Quang Huyên". Keyboard: ↓/↑ move, Enter picks, Escape closes.
(function () {
  "use strict";
  var fields = [["speaker", "Diễn giả"], ["academy", "Học viện, trường"], ["topic", "Chủ đề"]];
  document.querySelectorAll('form.searchbox input[name="q"]').forEach(function (input, n) {
    var list = document.createElement("ul");
    list.id = "suggest-" + n;
    list.className = "suggest";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.style.position = "relative";
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    var items = [], active = -1, timer = null, seq = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(i) {
      items.forEach(function (it, j) { it.el.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0) { input.setAttribute("aria-activedescendant", items[i].el.id); }
    }
    function pick(i) {
      var it = items[i];
      window.location.href = "/search?" + it.field + "=" + encodeURIComponent(it.value);
    }
    function render(results) {
      list.innerHTML = "";
      items = [];
      results.forEach(function (group) {
        group.values.forEach(function (v) {
          var li = document.createElement("li");
          li.id = list.id + "-" + items.length;
          li.setAttribute("role", "option");
          li.className = "suggest-" + group.field;
          var label = document.createElement("span");
          label.className = "suggest-kind";
          label.textContent = group.label;
          li.appendChild(document.createTextNode(v.value + " "));
          li.appendChild(label);
          var i = items.length;
          li.addEventListener("mousedown", function (e) { e.preventDefault(); pick(i); });
          list.appendChild(li);
          items.push({ el: li, field: group.field, value: v.value });
        });
      });
      if (items.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(-1);
    }
    function suggest() {
      var prefix = input.value.trim();
      if (prefix.length < 2) { close(); return; }
      var mine = ++seq;
      Promise.all(fields.map(function (f) {
        return fetch("/api/suggest?field=" + f[0] + "&prefix=" + encodeURIComponent(prefix))
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (vals) { return { field: f[0], label: f[1], values: (vals || []).slice(0, 5) }; })
          .catch(function () { return { field: f[0], label: f[1], values: [] }; });
      })).then(function (results) { if (mine === seq) { render(results); } });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % items.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); pick(active); }
      else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  });
})();
