/* SaferSite search (progressive enhancement). Index text is only ever
   shown with textContent. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.URLSearchParams) return;
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var help = document.getElementById('search-help');
  var FIELDS = [['title', 10], ['headings', 6], ['topics', 5], ['district', 5], ['summary', 3], ['text', 1], ['words', 1]];
  var SHOWN = 50;
  var pages = null, loading = null, timer = 0;

  function fold(text) {
    text = String(text || '');
    if (text.normalize) text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return text.toLowerCase();
  }

  function load() {
    loading = loading || fetch(form.getAttribute('data-index')).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (data) {
      pages = data.pages.filter(function (p) {
        return /^\/(?!\/)/.test(p.url);
      }).map(function (p) {
        var folded = {};
        FIELDS.forEach(function (f) {
          var v = p[f[0]];
          folded[f[0]] = fold(Array.isArray(v) ? v.join('\n') : v);
        });
        return { page: p, folded: folded };
      });
    });
    return loading;
  }

  // Every term must match somewhere; a term scores the weight of each field it is in.
  function search(query) {
    var terms = fold(query).split(/\s+/).map(function (t) {
      return t.replace(/^[.,;:!?"'“”‘’()]+|[.,;:!?"'“”‘’()]+$/g, '');
    }).filter(Boolean);
    var found = [];
    if (terms.length) pages.forEach(function (entry, order) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var termScore = 0;
        FIELDS.forEach(function (f) {
          if (entry.folded[f[0]].indexOf(terms[i]) !== -1) termScore += f[1];
        });
        if (!termScore) return;
        score += termScore;
      }
      found.push({ page: entry.page, score: score, order: order });
    });
    return found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    e.className = className;
    e.textContent = text;
    return e;
  }

  function show(query) {
    var results = search(query);
    list.textContent = '';
    results.slice(0, SHOWN).forEach(function (r) {
      var p = r.page;
      var item = element('li', 'listing__item', '');
      var heading = item.appendChild(element('h2', 'listing__title', ''));
      heading.appendChild(element('a', '', p.title || p.url)).href = p.url;
      var text = p.text || '';
      var about = p.summary || (text.length > 160 ? text.slice(0, 160).replace(/\s+\S*$/, '') + '…' : text);
      if (about) item.appendChild(element('p', 'listing__summary', about));
      list.appendChild(item);
    });
    var n = results.length, q = '“' + query.trim() + '”';
    status.textContent = !query.trim() ? '' : n === 0
      ? 'No pages found for ' + q + '. Try fewer or different words.'
      : n + (n === 1 ? ' page' : ' pages') + ' found for ' + q +
        (n > SHOWN ? ', showing the first ' + SHOWN + '.' : '.');
  }

  function run() {
    var query = input.value;
    history.replaceState(null, '', query.trim() ? '?q=' + encodeURIComponent(query.trim()) : location.pathname);
    load().then(function () {
      if (input.value === query) show(query);
    }, function () {
      status.textContent = 'Search is not available just now.';
      help.hidden = false;
    });
  }

  help.hidden = true;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
})();
