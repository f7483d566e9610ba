// Dash 4's dropdown names itself after its current value only ("Any"), hiding its <label>: put the label's
// id first in the button's aria-labelledby, so a screen reader announces "Pollster, Any".
(function () {
  function nameDropdowns() {
    document.querySelectorAll("button.dash-dropdown[id]").forEach(function (button) {
      var label = document.querySelector('label[for="' + CSS.escape(button.id) + '"]');
      if (!label) return;
      if (!label.id) label.id = button.id + "-label";
      var names = button.getAttribute("aria-labelledby") || "";
      if (names.split(" ")[0] !== label.id) button.setAttribute("aria-labelledby", (label.id + " " + names).trim());
    });
  }
  new MutationObserver(nameDropdowns).observe(document.documentElement, {childList: true, subtree: true});
})();
