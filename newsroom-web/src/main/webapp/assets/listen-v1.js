// Listen: reads the article aloud with the browser's own speech synthesis, in the page's language.
// The button stays hidden where the browser cannot speak, so the page never offers what it cannot do.
(function () {
  'use strict';
  var button = document.querySelector('button.listen');
  var story = document.querySelector('article.story');
  if (!button || !story || !('speechSynthesis' in window)) { return; }
  var speech = window.speechSynthesis;
  var lang = story.getAttribute('data-lang') || document.documentElement.lang;
  var state = 'idle';

  function label(name) { button.textContent = button.getAttribute('data-' + name); }

  function text() {
    var parts = [];
    story.querySelectorAll('h1, .standfirst, .story-body p, .story-body h2, .story-body h3, .story-body li')
      .forEach(function (el) { parts.push(el.textContent.trim()); });
    return parts.join('\n');
  }

  button.hidden = false;
  button.addEventListener('click', function () {
    if (state === 'idle') {
      var utterance = new SpeechSynthesisUtterance(text());
      utterance.lang = lang;
      utterance.onend = function () { state = 'idle'; label('play'); button.setAttribute('aria-pressed', 'false'); };
      speech.cancel();
      speech.speak(utterance);
      state = 'speaking'; label('pause'); button.setAttribute('aria-pressed', 'true');
    } else if (state === 'speaking') {
      speech.pause();
      state = 'paused'; label('resume'); button.setAttribute('aria-pressed', 'false');
    } else {
      speech.resume();
      state = 'speaking'; label('pause'); button.setAttribute('aria-pressed', 'true');
    }
  });
  window.addEventListener('pagehide', function () { speech.cancel(); });
}());
