/*
 * Samen Opleiden adviseur: embeds the chat on any page.
 *
 *   <div id="samenopleiden-chat" style="height: 600px"></div>
 *   <script src="https://ADVISOR-HOST/embed.js" data-target="samenopleiden-chat" defer></script>
 *
 * The page's origin must be listed in the advisor's DirectLine:AllowedOrigins. The script loads the
 * advisor's own copy of Web Chat, asks the advisor for a token (the secret never reaches the page),
 * keeps conversation id + token in sessionStorage so a reload continues the same conversation, and
 * renews the token before it expires.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var origin = new URL(script.src, window.location.href).origin;
  var domain = origin + '/v3/directline';
  var target = document.getElementById(script.getAttribute('data-target') || 'samenopleiden-chat');
  var progressId = script.getAttribute('data-progress');
  var storageKey = 'samenopleiden.chat:' + origin;
  var renewMarginMs = 5 * 60 * 1000;
  var restarts = [];
  var current = null;

  function loadWebChat() {
    if (window.WebChat) { return Promise.resolve(); }
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = origin + '/lib/webchat.js';
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error('Web Chat could not be loaded')); };
      document.head.appendChild(tag);
    });
  }

  function expiresAt(token) {
    var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(window.atob(part)).exp * 1000;
  }

  function readSaved() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(storageKey));
      if (saved && saved.conversationId && saved.token && expiresAt(saved.token) - Date.now() > 60 * 1000) {
        return saved;
      }
    } catch (e) { /* nothing usable saved */ }
    return null;
  }

  function save(conversationId, token) {
    window.sessionStorage.setItem(storageKey, JSON.stringify({ conversationId: conversationId, token: token }));
  }

  function newConversation() {
    return fetch(origin + '/api/webchat/token', { method: 'POST' }).then(function (response) {
      if (!response.ok) { throw new Error('token endpoint answered ' + response.status); }
      return response.json();
    }).then(function (issued) {
      save(issued.conversationId, issued.token);
      return { conversationId: issued.conversationId, token: issued.token };
    });
  }

  // DirectLineJS refreshes its own token every 15 minutes; this keeps the saved copy fresh as well.
  function keepTokenFresh() {
    var saved = readSaved();
    if (!current || !saved) { return; }
    if (current.token && current.token !== saved.token && expiresAt(current.token) > expiresAt(saved.token)) {
      save(saved.conversationId, current.token);
    } else if (expiresAt(saved.token) - Date.now() < renewMarginMs) {
      fetch(domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + saved.token } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (renewed) { if (renewed) { save(saved.conversationId, renewed.token); } })
        .catch(function () { /* retried on the next tick */ });
    }
  }

  function showProgress(activity) {
    var data = activity && activity.channelData && activity.channelData['samenopleiden:progress'];
    var bar = progressId && document.getElementById(progressId);
    if (!data || !bar) { return; }
    bar.max = data.total;
    bar.value = data.current;
    bar.parentElement.hidden = false;
    var text = document.getElementById(progressId + '-text');
    if (text) { text.textContent = data.label; }
  }

  // Web Chat 4.18 ends the chat for good on a 403 or a lost conversation, and the advisor ends one it erased ("verwijder
  // mijn gegevens") with endOfConversation; the saved session is of no use then, so start a fresh conversation, once
  // per ended connection and a few times a minute at most.
  function restartAfter(directLine, delayMs) {
    if (current !== directLine) { return; }
    current = null;
    window.setTimeout(restart, delayMs);
  }

  function restart() {
    var now = Date.now();
    restarts = restarts.filter(function (at) { return now - at < 60 * 1000; });
    if (restarts.length >= 3) { return; }
    restarts.push(now);
    window.sessionStorage.removeItem(storageKey);
    start();
  }

  function start() {
    var saved = readSaved();
    return (saved ? Promise.resolve(saved) : newConversation()).then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        token: session.token,
        conversationId: session.conversationId,
        domain: domain,
        webSocket: true
      });
      current = directLine;
      var store = window.WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
              // Web Chat has nothing to show for it. The pause leaves the confirmation of the deletion on screen to read.
              if (action.payload.activity.type === 'endOfConversation') { restartAfter(directLine, 4000); return undefined; }
              showProgress(action.payload.activity);
            }
            if (action.type === 'DIRECT_LINE/DISCONNECT_FULFILLED') { restartAfter(directLine, 500); }
            return next(action);
          };
        };
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        locale: 'nl-NL',
        styleOptions: {
          accent: '#00487a',
          // White, so the cards' subtle text (#767676) keeps a 4.5:1 contrast; the border sets the bubble apart.
          bubbleBackground: '#ffffff',
          bubbleBorderColor: '#c8d2de',
          bubbleBorderWidth: 1,
          bubbleFromUserBackground: '#fff1e3',
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          botAvatarInitials: 'SO',
          // The programme's darker orange: white initials on it read at 5:1 (on #e17000 only 3.2:1).
          botAvatarBackgroundColor: '#b35400',
          userAvatarInitials: 'JIJ',
          hideUploadButton: true,
          // Choices wrap onto more lines rather than scroll sideways, each at least a finger (44 px) high.
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 6,
          suggestedActionHeight: 44,
          sendBoxHeight: 48,
          // A long answer (the result) stops scrolling once it fills the window: it is read from its top.
          autoScrollSnapOnPage: true,
          primaryFont: '"Segoe UI", "Helvetica Neue", Arial, sans-serif'
        }
      }, target);
    });
  }

  if (!target) { return; }
  loadWebChat().then(start).then(function () {
    window.setInterval(keepTokenFresh, 60 * 1000);
  }).catch(function () {
    target.innerHTML = '<p class="chat-loading" role="alert">Het gesprek kan nu niet starten. Probeer het later nog eens.</p>';
  });
})();
