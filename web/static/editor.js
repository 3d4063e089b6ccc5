// The editor's person picker: type part of a name (with or without
// diacritics), pick a person, and their id fills the field named by
// data-target. Without JavaScript the id field is typed by hand.
(function () {
  "use strict";
  document.querySelectorAll("input.person-pick").forEach(function (input) {
    var target = document.getElementById(input.dataset.target);
    var list = document.createElement("ul");
    list.className = "suggest";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.style.position = "relative";
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { list.hidden = true; return; }
      timer = setTimeout(function () {
        fetch("/editor/people?q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (people) {
            list.textContent = "";
            people.forEach(function (p) {
              var li = document.createElement("li");
              li.setAttribute("role", "option");
              li.textContent = p.name + " (#" + p.id + ")";
              li.addEventListener("mousedown", function (e) {
                e.preventDefault();
                input.value = p.name;
                if (target) { target.value = p.id; }
                list.hidden = true;
                input.setAttribute("aria-expanded", "false");
              });
              list.appendChild(li);
            });
            list.hidden = people.length === 0;
            input.setAttribute("aria-expanded", String(!list.hidden));
          })
          .catch(function () { list.hidden = true; });
      }, 150);
    });
    input.addEventListener("blur", function () { list.hidden = true; });
  });
})();
