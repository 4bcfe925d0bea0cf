/*
 * Keeps every [data-breaking-ticker] element on the page up to date without reload.
 * The server renders the current items; the stream then sends a snapshot (the page may
 * be older than it) and every change after it: posted, edited, retracted, expired.
 * Markup contract: docs/breaking.md ("The ticker markup").
 */
(function () {
  'use strict';

  var MAX_BACKOFF_MS = 60000;

  function Ticker(root) {
    this.root = root;
    this.edition = root.getAttribute('data-edition') || document.documentElement.lang || 'en';
    this.list = root.querySelector('[data-breaking-list]') || root.querySelector('ul') || root.appendChild(document.createElement('ul'));
    this.lastEventId = null; // the id of the last change applied; sent back when we reconnect ourselves
    this.backoff = 1000;
    this.refreshVisibility();
    this.connect();
  }

  Ticker.prototype.url = function () {
    var base = this.root.getAttribute('data-stream') || '/api/v1/breaking/stream';
    var sep = base.indexOf('?') < 0 ? '?' : '&';
    var url = base.indexOf('edition=') < 0 ? base + sep + 'edition=' + encodeURIComponent(this.edition) : base;
    return this.lastEventId !== null ? url + '&since=' + encodeURIComponent(this.lastEventId) : url;
  };

  Ticker.prototype.connect = function () {
    var self = this;
    var source = new EventSource(this.url());
    source.onopen = function () { self.backoff = 1000; };
    source.onmessage = function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === 'snapshot') {
        // A snapshot older than a change we already applied would undo it: keep what we have.
        if (self.lastEventId !== null && Number(event.lastEventId) < Number(self.lastEventId)) { return; }
        self.replaceAll(data.items || []);
      } else {
        self.apply(data);
      }
      if (event.lastEventId) { self.lastEventId = event.lastEventId; }
    };
    source.onerror = function () {
      // The browser retries a dropped stream itself (sending Last-Event-ID); only when it
      // gives up (CLOSED, e.g. after an error status) do we reconnect, with back-off and jitter.
      if (source.readyState === EventSource.CLOSED) {
        var wait = self.backoff + Math.floor(Math.random() * 1000);
        self.backoff = Math.min(self.backoff * 2, MAX_BACKOFF_MS);
        setTimeout(function () { self.connect(); }, wait);
      }
    };
  };

  Ticker.prototype.find = function (id) {
    return this.list.querySelector('[data-breaking-id="' + id + '"]');
  };

  Ticker.prototype.replaceAll = function (items) {
    var keep = {};
    items.forEach(function (item) { keep[item.id] = true; });
    Array.prototype.forEach.call(this.list.querySelectorAll('[data-breaking-id]'), function (li) {
      if (!keep[li.getAttribute('data-breaking-id')]) { li.parentNode.removeChild(li); }
    });
    var self = this;
    items.forEach(function (item) { self.apply(item); });
    this.refreshVisibility();
  };

  Ticker.prototype.apply = function (item) {
    if (item.edition && item.edition !== this.edition) { return; }
    var existing = this.find(item.id);
    if (item.type === 'retracted' || item.type === 'expired') {
      if (existing) { existing.parentNode.removeChild(existing); }
    } else if (item.text !== undefined) {
      var li = existing || document.createElement('li');
      li.setAttribute('data-breaking-id', item.id);
      if (item.expiresAt) { li.setAttribute('data-expires-at', item.expiresAt); } else { li.removeAttribute('data-expires-at'); }
      // Keep the server-rendered time, if any; replace the rest.
      var time = li.querySelector('time');
      li.textContent = '';
      if (time) { li.appendChild(time); li.appendChild(document.createTextNode(' ')); }
      var target = li;
      if (item.url) {
        target = document.createElement('a');
        target.href = item.url;
        li.appendChild(target);
      }
      target.appendChild(document.createTextNode(item.text)); // text, never HTML
      if (!existing) { this.insertNewestFirst(li, item.id); }
    }
    this.refreshVisibility();
  };

  Ticker.prototype.insertNewestFirst = function (li, id) {
    var children = this.list.querySelectorAll('[data-breaking-id]');
    for (var i = 0; i < children.length; i++) {
      if (Number(children[i].getAttribute('data-breaking-id')) < id) {
        this.list.insertBefore(li, children[i]);
        return;
      }
    }
    this.list.appendChild(li);
  };

  Ticker.prototype.dropExpired = function () {
    var now = Date.now();
    Array.prototype.forEach.call(this.list.querySelectorAll('[data-expires-at]'), function (li) {
      var at = Date.parse(li.getAttribute('data-expires-at'));
      if (!isNaN(at) && at <= now) { li.parentNode.removeChild(li); }
    });
    this.refreshVisibility();
  };

  Ticker.prototype.refreshVisibility = function () {
    this.root.hidden = this.list.querySelector('[data-breaking-id]') === null;
  };

  function start() {
    if (typeof EventSource === 'undefined') { return; } // the server-rendered items stay as they are
    var tickers = Array.prototype.map.call(document.querySelectorAll('[data-breaking-ticker]'), function (el) {
      return new Ticker(el);
    });
    setInterval(function () { tickers.forEach(function (t) { t.dropExpired(); }); }, 15000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
