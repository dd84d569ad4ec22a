// localpress: small progressive enhancements. Every page reads whole without this file; it adds
// a "Copy release text" button, the force filter on campaign pages, opens a long league at the
// page's own force on a phone, and opens "Figures in this chart" for printing. Controls it
// shows are marked data-enhancement.
(function () {
  'use strict';

  // Copy release text: copies release.txt (the plain-text release) and says so in a live region.
  document.querySelectorAll('a[data-copy-release]').forEach(function (link) {
    if (!navigator.clipboard || !window.fetch) return;
    var status = document.getElementById(link.getAttribute('data-copy-release'));
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy release text';
    button.setAttribute('data-enhancement', '');
    button.addEventListener('click', function () {
      fetch(link.href)
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (text) { return navigator.clipboard.writeText(text); })
        .then(function () { if (status) status.textContent = 'Release text copied to the clipboard.'; })
        .catch(function () { if (status) status.textContent = 'Could not copy the release text: open the plain text link instead.'; });
    });
    link.parentNode.insertBefore(button, link);
  });

  // Force filter: the list stays a plain list without JavaScript.
  document.querySelectorAll('[data-filter]').forEach(function (box) {
    var list = document.getElementById(box.getAttribute('data-filter'));
    var input = box.querySelector('input');
    var status = box.querySelector('[role="status"]');
    if (!list || !input) return;
    box.hidden = false;
    input.addEventListener('input', function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      list.querySelectorAll('[data-filter-group]').forEach(function (group) {
        var visible = 0;
        group.querySelectorAll('li').forEach(function (item) {
          var match = query === '' || item.textContent.toLowerCase().indexOf(query) !== -1;
          item.hidden = !match;
          if (match) visible++;
        });
        group.hidden = visible === 0;
        shown += visible;
      });
      if (status) status.textContent = query === '' ? '' : shown === 1 ? '1 force shown' : shown + ' forces shown';
    });
  });

  // Printing: open every "Figures in this chart" (CSS does it too where ::details-content exists).
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
