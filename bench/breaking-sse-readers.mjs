// N concurrent SSE readers of one edition's breaking stream; once all are connected, posts
// breaking items through the staff API (POST /admin/api/v1/breaking) one after the other and
// reports, for each, the time from the start of the POST to each reader's copy: p50, p99, max,
// lost, and how long the POST itself took. The first post after a server start is the cold one.
//
// Usage: node breaking-sse-readers.mjs <baseUrl> <edition> <readers> <timeoutSeconds> [-- <fill command...>]
// Environment:
//   STAFF_AUTH   the Authorization header for the staff API ("Basic …" or "Bearer …"); required
//   POSTS        items to post and time, one after the other (default 3)
//   STALLED      readers that connect first and never read a byte (default 0)
//   FILL         with a fill command: items it posts (its last argument) before the readers
//                connect, so the stalled readers' socket buffers are full when timing starts
//   SERVER_PID   the server's process id: its resident memory is printed before and after
//                the readers connect
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import { spawn } from 'node:child_process';

const [baseUrl, edition, readersArg, timeoutArg, sep, ...fill] = process.argv.slice(2);
if (!baseUrl || (sep !== undefined && (sep !== '--' || fill.length === 0)) || !process.env.STAFF_AUTH) {
  console.error('usage: STAFF_AUTH="Basic …" node breaking-sse-readers.mjs <baseUrl> <edition> <readers> <timeoutSeconds> [-- <fill command...>]');
  process.exit(2);
}
const readers = Number(readersArg);
const timeoutMs = Number(timeoutArg) * 1000;
const posts = Number(process.env.POSTS || 3);
const stalledCount = Number(process.env.STALLED || 0);
const fillCount = Number(process.env.FILL || 0);
const run = 'bench-' + Date.now() + '-' + Math.floor(Math.random() * 1e9);
const tokens = Array.from({ length: posts }, (_, p) => `${run}-post-${p + 1}`);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const base = new URL(baseUrl);
const streamPath = '/api/v1/breaking/stream?edition=' + encodeURIComponent(edition);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function rssMiB() {
  const pid = process.env.SERVER_PID;
  if (!pid) { return null; }
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

// Readers that ask for the stream and then never read: the server's writes to them back up.
const stalled = [];
function openStalled() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: base.hostname, port: Number(base.port || 80) }, () => {
      socket.write(`GET ${streamPath} HTTP/1.1\r\nHost: ${base.host}\r\nAccept: text/event-stream\r\n\r\n`);
      resolve();
    });
    socket.pause();
    socket.on('error', () => resolve());
    stalled.push(socket);
  });
}

// Reading readers: arrivals[p][i] is when reader i got post p.
const arrivals = tokens.map(() => new Array(readers).fill(null));
let current = -1;
const requests = [];
let connected = 0;
let failed = 0;

function open(onData) {
  return new Promise((resolve) => {
    const req = http.get(new URL(streamPath, baseUrl), { agent, headers: { Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) { failed++; res.resume(); resolve(false); return; }
      res.setEncoding('utf8');
      let counted = false;
      let buffer = '';
      res.on('data', (chunk) => {
        if (!counted) { counted = true; resolve(true); } // the greeting comment commits the stream
        buffer += chunk;
        onData(buffer);
        if (buffer.length > 65536) { buffer = buffer.slice(-4096); }
      });
      res.on('error', () => {});
    });
    req.on('error', () => { failed++; resolve(false); });
    requests.push(req);
  });
}

function post(text) {
  const body = JSON.stringify({ edition, text });
  return new Promise((resolve, reject) => {
    const req = http.request(new URL('/admin/api/v1/breaking', baseUrl), {
      method: 'POST',
      headers: { Authorization: process.env.STAFF_AUTH, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`the staff API answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN);

// 1. Stalled readers first, then (optionally) enough changes to fill their buffers.
for (let i = 0; i < stalledCount; i++) { await openStalled(); }
if (stalledCount > 0) { console.log(`${stalledCount} stalled readers connected`); }
if (fill.length > 0) {
  const last = `${run}-fill ${fillCount}`;
  let probeDone;
  const probeSawLast = new Promise((r) => { probeDone = r; });
  await open((buffer) => { if (buffer.includes(last)) { probeDone(); } });
  const started = Date.now();
  const child = spawn(fill[0], [...fill.slice(1), `${run}-fill`, String(fillCount)], { stdio: ['ignore', 'ignore', 'inherit'] });
  await new Promise((resolve) => child.on('exit', resolve));
  await Promise.race([probeSawLast, sleep(300_000)]);
  console.log(`filled: ${fillCount} changes posted through the JMS inbox and delivered in ${Date.now() - started} ms`);
  requests.pop().destroy();
}

// 2. The reading readers.
const rssBefore = rssMiB();
const started = Date.now();
for (let i = 0; i < readers; i += 250) {
  const batch = [];
  for (let j = i; j < Math.min(readers, i + 250); j++) {
    batch.push(open((buffer) => {
      if (current >= 0 && arrivals[current][j] === null && buffer.includes(tokens[current])) { arrivals[current][j] = Date.now(); }
    }).then((ok) => { if (ok) { connected++; } }));
  }
  await Promise.all(batch);
}
await sleep(1000);
const rssAfter = rssMiB();
console.log(`connected ${connected}/${readers} readers in ${Date.now() - started} ms (${failed} failed)`
  + (rssBefore === null ? '' : `; server RSS ${rssBefore} MiB before, ${rssAfter} MiB after (${((rssAfter - rssBefore) * 1024 / Math.max(1, connected)).toFixed(1)} KiB per reader)`));

// 3. Each post, timed from the start of its POST to each reader's copy.
for (let p = 0; p < posts; p++) {
  current = p;
  const postStarted = Date.now();
  await post(tokens[p]);
  const postMs = Date.now() - postStarted;
  const deadline = postStarted + timeoutMs;
  while (Date.now() < deadline && arrivals[p].some((a) => a === null)) { await sleep(20); }
  const latencies = arrivals[p].filter((a) => a !== null).map((a) => a - postStarted).sort((a, b) => a - b);
  console.log(JSON.stringify({
    post: p + 1, readers, stalled: stalledCount, received: latencies.length, lost: readers - latencies.length,
    post_ms: postMs, p50_ms: percentile(latencies, 0.5), p99_ms: percentile(latencies, 0.99),
    max_ms: latencies.length ? latencies[latencies.length - 1] : NaN,
  }));
  await sleep(2000);
}

// 4. What the stalled readers held: read what their sockets had, and whether the server had dropped them.
if (stalledCount > 0) {
  let bytes = 0;
  let dropped = 0;
  await Promise.all(stalled.map((socket) => new Promise((resolve) => {
    socket.on('data', (chunk) => { bytes += chunk.length; });
    socket.on('end', () => { dropped++; resolve(); });
    socket.on('close', resolve);
    setTimeout(resolve, 3000);
    socket.resume();
  })));
  console.log(`stalled readers: ${stalledCount}, held ${Math.round(bytes / stalledCount / 1024)} KiB each on average, ${dropped} dropped by the server for falling behind`);
}
requests.forEach((r) => r.destroy());
stalled.forEach((s) => s.destroy());
process.exit(0);
