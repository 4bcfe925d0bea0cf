/*
 * Keeps a live story's entries ([data-live-article]) up to date without reload: new
 * entries appear on top, corrected ones are replaced, removed ones disappear. Entry
 * bodies arrive as the server's sanitized HTML, the same the page itself renders;
 * headlines are set as text. Markup contract: docs/breaking.md ("Live coverage markup").
 */
(function () {
  'use strict';

  function LiveCoverage(root) {
    this.root = root;
    this.articleId = root.getAttribute('data-live-article');
    this.list = root.querySelector('.live-entries') || root.appendChild(document.createElement('ol'));
    this.lastEventId = null;
    var lang = document.documentElement.lang || undefined;
    try {
      this.format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    } catch (e) {
      this.format = null;
    }
    this.connect();
  }

  LiveCoverage.prototype.connect = function () {
    var self = this;
    window.newsroomEventStream(function () {
      var url = '/api/v1/live/' + encodeURIComponent(self.articleId) + '/stream';
      return self.lastEventId !== null ? url + '?since=' + encodeURIComponent(self.lastEventId) : url;
    }, function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === 'stale') { window.location.reload(); return; }
      self.apply(data);
      if (event.lastEventId) { self.lastEventId = event.lastEventId; }
    });
  };

  LiveCoverage.prototype.find = function (id) {
    return this.list.querySelector('[data-live-entry-id="' + id + '"]');
  };

  LiveCoverage.prototype.apply = function (entry) {
    var existing = this.find(entry.id);
    if (entry.type === 'live-entry-removed') {
      if (existing) { existing.parentNode.removeChild(existing); }
      return;
    }
    if (entry.type !== 'live-entry' && entry.type !== 'live-entry-edited') { return; }
    var li = document.createElement('li');
    li.setAttribute('data-live-entry-id', entry.id);
    var article = li.appendChild(document.createElement('article'));
    var time = article.appendChild(document.createElement('time'));
    time.setAttribute('datetime', entry.postedAt);
    var posted = new Date(entry.postedAt);
    time.textContent = this.format && !isNaN(posted) ? this.format.format(posted) : entry.postedAt;
    if (entry.headline) {
      article.appendChild(document.createTextNode('\n'));
      article.appendChild(document.createElement('h3')).textContent = entry.headline; // text, never HTML
    }
    var body = article.appendChild(document.createElement('div'));
    body.className = 'live-body';
    body.innerHTML = entry.body; // sanitized on the server when it was stored
    if (existing) {
      if (existing.querySelector('time')) { article.replaceChild(existing.querySelector('time'), time); }
      existing.parentNode.replaceChild(li, existing);
    } else {
      this.list.insertBefore(li, this.list.firstChild);
      li.classList.add('live-new');
    }
  };

  function start() {
    if (typeof EventSource === 'undefined' || !window.newsroomEventStream) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('[data-live-article]'), function (el) {
      return new LiveCoverage(el);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
