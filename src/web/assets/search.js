// Results as you type in every search box (the header's on every page, the
// home page's), from the same search index the server uses
// (/search-index.json, loaded once, on first use). Without JavaScript the
// form simply submits to /search. Written for this site: no third-party code
// except MiniSearch, which we serve ourselves.
(function () {
  'use strict';
  // Replaced with MiniSearch's content-hashed URL when the script is served (scripts.ts).
  var ENGINE_URL = '__MINISEARCH_URL__';
  var inputs = document.querySelectorAll('[data-search-input]');
  if (inputs.length === 0) return;
  var first = inputs[0].form;
  var indexUrl = (first && first.getAttribute('data-index')) || '/search-index.json';
  var loading = null;
  var data = null;
  var search = null;
  // The page's language: German and French pages show the results in their words and link to their pages.
  var lang = document.documentElement.getAttribute('lang') || 'en';
  function words() {
    return (data.words && (data.words[lang] || data.words.en)) || null;
  }
  function scoreText(h, w) {
    if (!w || lang === 'en' || typeof h.label !== 'string') return typeof h.scoreText === 'string' ? h.scoreText : '';
    var label = w.labels[h.label] || h.label;
    if (typeof h.score !== 'number') return label;
    return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(h.score) + '/10 ' + label;
  }

  // MiniSearch (87 kB) is fetched on first use, not with the page.
  function engine() {
    if (typeof MiniSearch !== 'undefined') return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = ENGINE_URL;
      script.onload = resolve;
      script.onerror = function () {
        script.remove();
        reject(new Error('search engine: failed to load'));
      };
      document.head.appendChild(script);
    });
  }

  function load() {
    if (!loading) {
      var index = fetch(indexUrl, { credentials: 'omit' }).then(function (r) {
        if (!r.ok) throw new Error('search index: HTTP ' + r.status);
        return r.json();
      });
      loading = Promise.all([index, engine()])
        .then(function (both) {
          var json = both[0];
          data = json;
          // loadJS skips re-parsing; loadJSON is the documented fallback.
          search = MiniSearch.loadJS ? MiniSearch.loadJS(json.index, json.options) : MiniSearch.loadJSON(JSON.stringify(json.index), json.options);
        })
        .catch(function () {
          loading = null;
        });
    }
    return loading;
  }

  function render(q, out) {
    while (out.firstChild) out.removeChild(out.firstChild);
    if (!search || q.trim() === '') return;
    var hits = search.search(q, data.query).slice(0, 8);
    var status = document.createElement('p');
    status.className = 'muted';
    var w = words();
    if (w) {
      status.textContent =
        hits.length === 0 ? w.none.replace('{query}', q) : hits.length === 1 ? w.one : w.many.replace('{count}', new Intl.NumberFormat(lang).format(hits.length));
    } else {
      status.textContent = hits.length === 0 ? 'No app matches “' + q + '”.' : hits.length + (hits.length === 1 ? ' app matches.' : ' apps match.') + ' Press Enter for all results.';
    }
    out.appendChild(status);
    if (hits.length === 0) return;
    var list = document.createElement('ol');
    list.className = 'search-results';
    hits.forEach(function (h) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = (w ? w.prefix : '') + '/apps/' + encodeURIComponent(h.slug);
      a.textContent = h.name;
      var meta = document.createElement('span');
      meta.className = 'muted';
      var about = [(w && w.categories[h.categoryId]) || h.categoryName, h.company].filter(function (x) {
        return typeof x === 'string' && x !== '';
      });
      meta.textContent = about.length > 0 ? ' (' + about.join(', ') + ') ' : ' ';
      var tone = h.tone;
      var badge = document.createElement('span');
      badge.className = 'badge tone-' + tone;
      var icon = document.createElement('span');
      icon.className = 'icon';
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = (data.tones[tone] && data.tones[tone].icon) || '';
      badge.appendChild(icon);
      badge.appendChild(document.createTextNode(' ' + scoreText(h, w)));
      li.appendChild(a);
      li.appendChild(meta);
      li.appendChild(badge);
      list.appendChild(li);
    });
    out.appendChild(list);
  }

  Array.prototype.forEach.call(inputs, function (input) {
    var out = document.getElementById(input.getAttribute('data-results') || 'live-results');
    if (!out) return;
    var timer = null;
    input.addEventListener('focus', load);
    input.addEventListener('input', function () {
      var q = input.value;
      clearTimeout(timer);
      timer = setTimeout(function () {
        load().then(function () {
          if (input.value === q) render(q, out);
        });
      }, 120);
    });
  });
})();
