/*
 * Keeps every [data-breaking-ticker] element on the page up to date without reload.
 * The server renders the current items; the stream then sends a snapshot (the page may
 * be older than it) and every change after it: posted, edited, retracted, expired.
 * It also shows one item at a time on one line: it rotates through them every few seconds,
 * pausing while the pointer or keyboard focus is on the ticker, when the reader presses
 * Pause, and always under prefers-reduced-motion (Next still steps through by hand).
 * The stream itself comes from event-stream-v1.js, included before this script.
 * Markup contract: docs/breaking.md ("The ticker markup").
 */
(function () {
  'use strict';

  var ROTATE_EVERY_MS = 5000;
  var reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : { matches: false };

  function Ticker(root) {
    this.root = root;
    this.edition = root.getAttribute('data-edition') || document.documentElement.lang || 'en';
    this.list = root.querySelector('[data-breaking-list]') || root.querySelector('ul') || root.appendChild(document.createElement('ul'));
    this.lastEventId = null; // the id of the last change applied; sent back when we reconnect ourselves
    this.current = null; // the item on show
    this.holds = {}; // why rotation waits: hover, focus, paused
    this.addControls();
    this.root.setAttribute('data-rotating', '');
    this.refreshVisibility();
    this.connect();
  }

  Ticker.prototype.addControls = function () {
    var self = this;
    var controls = document.createElement('div');
    controls.className = 'ticker-controls';
    this.pauseButton = document.createElement('button');
    this.pauseButton.type = 'button';
    this.pauseButton.setAttribute('aria-pressed', 'false');
    this.pauseButton.textContent = this.root.getAttribute('data-pause-label') || 'Pause';
    this.pauseButton.addEventListener('click', function () {
      var paused = self.pauseButton.getAttribute('aria-pressed') !== 'true';
      self.pauseButton.setAttribute('aria-pressed', String(paused));
      self.hold('paused', paused);
    });
    var next = document.createElement('button');
    next.type = 'button';
    next.textContent = this.root.getAttribute('data-next-label') || 'Next';
    next.addEventListener('click', function () { self.show(self.following()); });
    controls.appendChild(this.pauseButton);
    controls.appendChild(next);
    this.root.appendChild(controls);
    this.controls = controls;
    this.root.addEventListener('mouseenter', function () { self.hold('hover', true); });
    this.root.addEventListener('mouseleave', function () { self.hold('hover', false); });
    this.root.addEventListener('focusin', function (event) {
      self.hold('focus', true);
      // A link reached with Tab is the item on show, never a clipped one.
      var item = event.target.closest ? event.target.closest('[data-breaking-id]') : null;
      if (item) { self.show(item); }
    });
    this.root.addEventListener('focusout', function (event) {
      if (!self.root.contains(event.relatedTarget)) { self.hold('focus', false); }
    });
    this.timer = null;
    this.schedule();
  };

  /** The next turn, a full period from now: called again after each turn and when news that just broke is shown. */
  Ticker.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.rotate(); self.schedule(); }, ROTATE_EVERY_MS);
  };

  Ticker.prototype.hold = function (reason, on) {
    if (on) { this.holds[reason] = true; } else { delete this.holds[reason]; }
  };

  Ticker.prototype.rotate = function () {
    if (reducedMotion.matches || Object.keys(this.holds).length > 0) { return; }
    this.show(this.following());
  };

  Ticker.prototype.items = function () {
    return this.list.querySelectorAll('[data-breaking-id]');
  };

  /** The item after the one on show, wrapping round to the newest. */
  Ticker.prototype.following = function () {
    var items = this.items();
    for (var i = 0; i < items.length; i++) {
      if (items[i] === this.current) { return items[(i + 1) % items.length]; }
    }
    return items[0] || null;
  };

  Ticker.prototype.show = function (item) {
    if (this.current === item) { return; }
    if (this.current) { this.current.classList.remove('is-current'); }
    this.current = item;
    if (item) { item.classList.add('is-current'); }
  };

  Ticker.prototype.url = function () {
    var base = this.root.getAttribute('data-stream') || '/api/v1/breaking/stream';
    var sep = base.indexOf('?') < 0 ? '?' : '&';
    var url = base.indexOf('edition=') < 0 ? base + sep + 'edition=' + encodeURIComponent(this.edition) : base;
    return this.lastEventId !== null ? url + '&since=' + encodeURIComponent(this.lastEventId) : url;
  };

  Ticker.prototype.connect = function () {
    var self = this;
    window.newsroomEventStream(function () { return self.url(); }, function (event) {
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
    });
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
      if (!existing) {
        this.insertNewestFirst(li, item.id);
        // News that just broke is shown at once, whatever the rotation was showing.
        if (li === this.items()[0]) { this.show(li); this.schedule(); }
      }
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
    var items = this.items();
    this.root.hidden = items.length === 0;
    if (this.controls) { this.controls.hidden = items.length < 2; }
    if (!this.current || !this.list.contains(this.current)) {
      this.current = null;
      this.show(items[0] || null);
    }
  };

  function start() {
    if (typeof EventSource === 'undefined' || !window.newsroomEventStream) { return; } // the server-rendered items stay as they are
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
