// N concurrent SSE readers of one edition's breaking stream; once all are connected,
// runs the poster command, which prints "SENT <epoch millis>" after its JMS send returns,
// then reports how long each reader took to get the item: p50, p99, max, lost.
// Usage: node breaking-sse-readers.mjs <baseUrl> <edition> <readers> <timeoutSeconds> -- <poster command...>
import http from 'node:http';
import { spawn } from 'node:child_process';

const [baseUrl, edition, readersArg, timeoutArg, sep, ...poster] = process.argv.slice(2);
if (sep !== '--' || poster.length === 0) {
  console.error('usage: node breaking-sse-readers.mjs <baseUrl> <edition> <readers> <timeoutSeconds> -- <poster command...>');
  process.exit(2);
}
const readers = Number(readersArg);
const timeoutMs = Number(timeoutArg) * 1000;
const token = 'bench-' + Date.now() + '-' + Math.floor(Math.random() * 1e9);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const url = new URL('/api/v1/breaking/stream?edition=' + encodeURIComponent(edition), baseUrl);

const arrivals = new Array(readers).fill(null);
const requests = [];
let connected = 0;
let failed = 0;

function open(i) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers: { Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) { failed++; res.resume(); resolve(); return; }
      res.setEncoding('utf8');
      let buffer = '';
      let counted = false;
      res.on('data', (chunk) => {
        if (!counted) { counted = true; connected++; resolve(); } // the greeting comment commits the stream
        buffer += chunk;
        if (arrivals[i] === null && buffer.includes(token)) { arrivals[i] = Date.now(); }
        if (buffer.length > 65536) { buffer = buffer.slice(-4096); }
      });
      res.on('error', () => {});
    });
    req.on('error', () => { failed++; resolve(); });
    requests.push(req);
  });
}

const started = Date.now();
for (let i = 0; i < readers; i += 250) {
  const batch = [];
  for (let j = i; j < Math.min(readers, i + 250); j++) { batch.push(open(j)); }
  await Promise.all(batch);
}
console.log(`connected ${connected}/${readers} readers in ${Date.now() - started} ms (${failed} failed)`);

const child = spawn(poster[0], [...poster.slice(1), token], { stdio: ['ignore', 'pipe', 'inherit'] });
let sentAt = null;
child.stdout.setEncoding('utf8');
child.stdout.on('data', (line) => {
  const m = /SENT (\d+)/.exec(line);
  if (m) { sentAt = Number(m[1]); }
});
await new Promise((resolve) => child.on('exit', resolve));
if (sentAt === null) { console.error('the poster did not report SENT'); process.exit(1); }

const deadline = sentAt + timeoutMs;
while (Date.now() < deadline && arrivals.some((a) => a === null)) {
  await new Promise((r) => setTimeout(r, 50));
}
const latencies = arrivals.filter((a) => a !== null).map((a) => a - sentAt).sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] : NaN;
console.log(JSON.stringify({
  readers, connected, received: latencies.length, lost: readers - latencies.length,
  p50_ms: pct(0.5), p99_ms: pct(0.99), max_ms: latencies.length ? latencies[latencies.length - 1] : NaN,
}));
requests.forEach((r) => r.destroy());
process.exit(0);
