/* SaferSite page enhancements (progressive: every page works without this script).
   1. On narrow screens the main menu folds behind a "Menu" button, so the page's content
      starts on the first screen; without the script the menu shows in full.
   2. A table wider than its box gets a visible "scroll sideways" cue above it. */
(function () {
  'use strict';

  function foldMenu() {
    var button = document.querySelector('.site-nav__toggle');
    var header = document.querySelector('.site-header');
    var nav = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!header || !nav) return;
    function isOpen() { return button.getAttribute('aria-expanded') === 'true'; }
    function setOpen(open) { button.setAttribute('aria-expanded', open ? 'true' : 'false'); }
    button.addEventListener('click', function () { setOpen(!isOpen()); });
    // Escape closes the open menu from anywhere in it, and focus goes back to the button
    // rather than to a link that is no longer shown.
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || !isOpen()) return;
      var inside = nav.contains(document.activeElement);
      setOpen(false);
      if (inside) button.focus();
    });
    setOpen(false);
    button.hidden = false;
    // The CSS folds the menu only under this class, so without the script it is never hidden.
    header.classList.add('site-header--folding');
  }

  function markWideTables() {
    var boxes = document.querySelectorAll('.table-scroll');
    if (!boxes.length) return;
    function mark() {
      for (var i = 0; i < boxes.length; i++) {
        var box = boxes[i];
        var hint = box.previousElementSibling;
        if (!hint || !hint.classList.contains('table-scroll__cue')) {
          hint = document.createElement('p');
          hint.className = 'table-scroll__cue';
          // The region is named and focusable already; the cue is for eyes, so screen readers skip it.
          hint.setAttribute('aria-hidden', 'true');
          hint.textContent = 'Scroll sideways to see the whole table \u2192';
          box.parentNode.insertBefore(hint, box);
        }
        hint.hidden = box.scrollWidth <= box.clientWidth + 1;
      }
    }
    mark();
    // Widths settle after this script runs (fonts, a window resized or turned, a closed
    // <details> opened), so the cue is worked out again whenever a box or its table changes size.
    if (window.ResizeObserver) {
      var observer = new ResizeObserver(mark);
      for (var i = 0; i < boxes.length; i++) {
        observer.observe(boxes[i]);
        if (boxes[i].firstElementChild) observer.observe(boxes[i].firstElementChild);
      }
    } else {
      window.addEventListener('resize', mark);
      document.addEventListener('toggle', mark, true);
    }
    window.addEventListener('load', mark);
  }

  foldMenu();
  markWideTables();
})();
