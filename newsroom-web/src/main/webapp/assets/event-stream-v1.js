/*
 * A reader's event stream, shared by the breaking ticker and live coverage: an EventSource,
 * a new one with back-off when the browser gives up, and no stream while the page sits in
 * the back-forward cache (browsers open few connections per site, and a page kept there
 * with its stream open held one: after six pages the next never loaded).
 */
(function () {
  'use strict';

  var MAX_BACKOFF_MS = 60000;

  /** Opens url() (asked again at every reconnection, so it can carry since=) and hands each message to onMessage. */
  window.newsroomEventStream = function (url, onMessage) {
    var source = null;
    var backoff = 1000;

    function connect() {
      var current = new EventSource(url());
      source = current;
      current.onopen = function () { backoff = 1000; };
      current.onmessage = onMessage;
      current.onerror = function () {
        // The browser retries a dropped stream itself (sending Last-Event-ID); only when it
        // gives up (CLOSED, e.g. after an error status) do we reconnect, with back-off and jitter.
        if (current.readyState === EventSource.CLOSED && source === current) {
          var wait = backoff + Math.floor(Math.random() * 1000);
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
          setTimeout(function () { if (source === current) { connect(); } }, wait);
        }
      };
    }

    window.addEventListener('pagehide', function () {
      if (source) { source.close(); source = null; }
    });
    window.addEventListener('pageshow', function (event) {
      if (event.persisted && !source) { connect(); }
    });
    connect();
  };
})();
