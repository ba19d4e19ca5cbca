// Runs the real DirectLineJS 0.15.5 client (the one inside Web Chat 4.18) against the advisor's
// Direct Line service started with the echo bot. DIRECTLINE_URL and DIRECTLINE_SECRET come from
// scripts/run-node-tests.sh.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Node has neither XMLHttpRequest (rxjs ajax) nor, in v20, WebSocket: give the client real ones.
globalThis.XMLHttpRequest = require('xhr2');
globalThis.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const baseUrl = process.env.DIRECTLINE_URL;
const secret = process.env.DIRECTLINE_SECRET;
const domain = `${baseUrl}/v3/directline`;
assert.ok(baseUrl && secret, 'DIRECTLINE_URL and DIRECTLINE_SECRET must be set');

const connections = [];
after(() => connections.forEach(connection => connection.close()));

function connect(options) {
  const client = new DirectLine({ domain, ...options });
  const seen = [];
  const waiters = [];
  // end() makes activity$ error with "conversation ended"; that is how a closed client looks, not a failure.
  const subscription = client.activity$.subscribe(activity => {
    seen.push(activity);
    waiters.filter(w => w.predicate(activity)).forEach(w => w.resolve(activity));
  }, () => {});
  const close = () => { subscription.unsubscribe(); client.end(); };
  connections.push({ close });
  const waitFor = (predicate, what, ms = 10000) => {
    const found = seen.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      waiters.push({ predicate, resolve: a => { clearTimeout(timer); resolve(a); } });
    });
  };
  return { client, seen, waitFor, close };
}

function post(client, activity) {
  return new Promise((resolve, reject) => client.postActivity(activity).subscribe(resolve, reject));
}

async function pageToken() {
  const response = await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' });
  assert.equal(response.status, 200);
  return response.json();
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

test('a client with the secret gets the welcome and the echo over the WebSocket', { timeout: 30000 }, async () => {
  const { client, waitFor } = connect({ secret, webSocket: true });
  await waitFor(a => a.text === 'Welcome', 'the welcome');
  const id = await post(client, { type: 'message', text: 'Hallo daar', from: { id: 'u_node' }, channelData: { clientActivityID: 'c1' } });
  assert.match(id, /\|\d{7}$/);
  const own = await waitFor(a => a.channelData?.clientActivityID === 'c1', 'the echo of the own message');
  assert.equal(own.id, id);
  const reply = await waitFor(a => a.channelData?.originalActivity?.text === 'Hallo daar', 'the bot reply');
  assert.equal(reply.replyToId, id);
  assert.equal(reply.from.role, 'bot');
  assert.equal(client.connectionStatus$.getValue(), ConnectionStatus.Online);
});

test('a page token resumes its conversation and speaks only as its own user', { timeout: 30000 }, async () => {
  const issued = await pageToken();
  const { client, waitFor } = connect({ token: issued.token, conversationId: issued.conversationId, webSocket: true });
  await waitFor(a => a.text === 'Welcome', 'the welcome');
  await post(client, { type: 'message', text: 'wie ben ik', from: { id: 'someone-else' } });
  const reply = await waitFor(a => a.channelData?.originalActivity?.text === 'wie ben ik', 'the echo');
  assert.equal(reply.channelData.originalActivity.from.id, issued.userId);
  assert.equal(client.conversationId, issued.conversationId);
});

test('the zh-CN locale on start gets the Chinese welcome, polling over REST', { timeout: 30000 }, async () => {
  const { waitFor } = connect({ secret, webSocket: false, pollingInterval: 200, conversationStartProperties: { locale: 'zh-CN' } });
  await waitFor(a => a.text === '欢迎', 'the Chinese welcome');
});

test('reconnecting with a watermark replays only what came after it, with the same ids', { timeout: 30000 }, async () => {
  const issued = await pageToken();
  const first = connect({ token: issued.token, conversationId: issued.conversationId, webSocket: true });
  await first.waitFor(a => a.text === 'Welcome', 'the welcome');
  await post(first.client, { type: 'message', text: 'een' });
  await first.waitFor(a => a.channelData?.originalActivity?.text === 'een', 'the first echo');
  const watermark = first.client.watermark;
  const recorded = seen => seen.filter(a => a.type !== 'typing').map(a => a.id);
  const before = recorded(first.seen);
  first.close();

  // A second message arrives while no one listens.
  const sent = await fetch(`${domain}/conversations/${issued.conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${issued.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: 'twee', from: { id: issued.userId } })
  });
  assert.equal(sent.status, 200);
  await sleep(300);

  const second = connect({ token: issued.token, conversationId: issued.conversationId, watermark, webSocket: true });
  await second.waitFor(a => a.channelData?.originalActivity?.text === 'twee', 'the echo sent while away');
  await sleep(300);
  const replayed = recorded(second.seen);
  assert.deepEqual(replayed.filter(id => before.includes(id)), [], 'nothing before the watermark comes again');
  assert.equal(new Set(replayed).size, replayed.length, 'no activity twice');

  const third = connect({ token: issued.token, conversationId: issued.conversationId, webSocket: false, pollingInterval: 200 });
  await third.waitFor(a => a.channelData?.originalActivity?.text === 'twee', 'the full history');
  const all = recorded(third.seen);
  assert.deepEqual(all.slice(0, before.length), before, 'history keeps its ids and order');
  assert.deepEqual(all.slice(before.length), replayed, 'the rest matches what the reconnect got');
});
