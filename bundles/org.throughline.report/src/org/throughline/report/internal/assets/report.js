// SPDX-License-Identifier: EPL-2.0
// Throughline report: the search box, and clicks on diagram elements. No inline script, no
// network: the search index is our own file, loaded when first needed.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';
  var entries = null;
  var byId = null;
  var waiting = [];
  var MAX_RESULTS = 30;

  window.throughlineSearch = {
    load: function (list) {
      entries = list;
      byId = new Map();
      for (var i = 0; i < list.length; i++) {
        byId.set(list[i][3], list[i][0]);
      }
      var callbacks = waiting;
      waiting = [];
      callbacks.forEach(function (callback) { callback(); });
    }
  };

  function withIndex(callback) {
    if (entries) {
      callback();
      return;
    }
    waiting.push(callback);
    if (waiting.length === 1) {
      var script = document.createElement('script');
      script.src = root + 'assets/search-index.js';
      document.head.appendChild(script);
    }
  }

  var input = document.getElementById('search');
  var results = document.getElementById('search-results');

  function show() {
    var query = input.value.trim().toLowerCase();
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    if (!query) {
      results.hidden = true;
      return;
    }
    var found = 0;
    for (var i = 0; i < entries.length && found < MAX_RESULTS; i++) {
      var entry = entries[i];
      if (entry[1].toLowerCase().indexOf(query) >= 0 || entry[3].toLowerCase() === query) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + entry[0];
        link.textContent = entry[1];
        var type = document.createElement('small');
        type.textContent = ' ' + entry[2];
        item.appendChild(link);
        item.appendChild(type);
        results.appendChild(item);
        found++;
      }
    }
    if (found === 0) {
      var none = document.createElement('li');
      none.textContent = 'No element matches.';
      results.appendChild(none);
    }
    results.hidden = false;
  }

  if (input && results) {
    input.addEventListener('focus', function () { withIndex(function () {}); });
    input.addEventListener('input', function () { withIndex(show); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        var first = results.querySelector('a');
        if (first) {
          window.location.href = first.href;
        }
      } else if (event.key === 'Escape') {
        input.value = '';
        results.hidden = true;
      }
    });
  }

  // index.html?q=words opens with the search done: links can share a search.
  var query = new URLSearchParams(window.location.search).get('q');
  if (query && input && results) {
    input.value = query;
    withIndex(show);
  }

  // Diagram elements open their page by click, and from the keyboard: Tab reaches each, Enter opens it.
  function openNode(node) {
    var id = node.getAttribute('data-id');
    withIndex(function () {
      var page = byId.get(id);
      if (page) {
        window.location.href = root + page;
      }
    });
  }
  // A diagram wider than the page scrolls: focusable, so that it scrolls from the keyboard too.
  var figures = document.querySelectorAll('figure.diagram');
  for (var f = 0; f < figures.length; f++) {
    figures[f].setAttribute('tabindex', '0');
  }
  // Each element is focusable; its SVG title names it.
  var nodes = document.querySelectorAll('figure.diagram [data-id]');
  for (var n = 0; n < nodes.length; n++) {
    nodes[n].setAttribute('tabindex', '0');
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) {
      return;
    }
    var node = target.closest('figure.diagram [data-id]');
    if (node) {
      openNode(node);
    }
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && target instanceof Element && target.matches('figure.diagram [data-id]')) {
      event.preventDefault();
      openNode(target);
    }
  });
}());
