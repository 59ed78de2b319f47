// The HTTP API against hostile and clumsy clients, over raw sockets (node:net) where
// fetch would not send what they send: body-less POSTs, chunked uploads past the limit,
// other methods with bodies, Host names that only look like loopback, JSON nested
// 100000 deep, commands that would grow /api/state without bound, bad bodies (400 with
// the JSON path), and slow clients: slow headers and event streams nobody reads must
// not starve /api/health, and the slow ones are cut off at their deadline.
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { api } from './lib/http.mjs';
import { byElections, check, run, scratch, sleep, startServe, stopServe, waitFor } from './lib/serve.mjs';

// Sends raw bytes; resolves with the reply (status, headers text, body) once it is
// complete (Content-Length) or the server closes.
function exchange(port, request, { keepSending } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    socket.setMaxListeners(0);
    let reply = Buffer.alloc(0), done = false, sent = 0;
    const finish = (why) => {
      if (done) return;
      done = true;
      const text = reply.toString('latin1');
      const head = text.slice(0, text.indexOf('\r\n\r\n'));
      const status = Number((/^HTTP\/1\.1 (\d+)/.exec(text) || [])[1] || 0);
      socket.destroy();
      resolve({ status, head, body: text.slice(head.length + 4), ms: Date.now() - started, sent, why });
    };
    socket.on('data', (d) => {
      reply = Buffer.concat([reply, d]);
      const text = reply.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: (\d+)/i.exec(text);
      if (end >= 0 && length && reply.length >= end + 4 + Number(length[1])) finish('complete');
    });
    socket.on('close', () => finish('closed'));
    socket.on('error', () => finish('error'));
    socket.write(request);
    if (keepSending) {
      (async () => {
        while (!done && sent < keepSending.maxBytes) {
          const chunk = keepSending.next();
          sent += chunk.length;
          if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r).once('close', r));
        }
      })();
    }
    setTimeout(() => finish('timeout'), 30000);
  });
}

const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;

run('control_http_limits', async () => {
  const serve = await startServe({ stateDir: scratch('http-limits'), args: ['--feed', byElections()] });
  const port = serve.httpPort;
  const host = `Host: 127.0.0.1:${port}\r\n`;
  try {
    // 1. A POST with no body and no Content-Length (curl -X POST URL) is a request with no body.
    let r = await exchange(port, `POST /api/layers/10/next HTTP/1.1\r\n${host}\r\n`);
    check(r.status === 409 && r.ms < 2000, `body-less next: ${r.status} after ${r.ms} ms ${r.body}`);
    r = await exchange(port, `POST /api/out HTTP/1.1\r\n${host}\r\n`);
    check(r.status === 200 && r.ms < 2000, `body-less out: ${r.status} after ${r.ms} ms ${r.body}`);

    // 2. A feed with curl's default form content type, far over 8 KiB.
    const feed = JSON.stringify(JSON.parse(readFileSync(byElections(), 'utf8')), null, 40);
    r = await exchange(port, `POST /api/feed HTTP/1.1\r\n${host}Content-Type: application/x-www-form-urlencoded\r\n` +
                             `Content-Length: ${Buffer.byteLength(feed)}\r\n\r\n${feed}`);
    check(feed.length > 8192 && r.status === 200, `form-typed feed of ${feed.length} bytes: ${r.status} ${r.body}`);

    // 3. Chunked uploads are bound like any other: 413, and serve stops reading.
    const before = rss(serve.proc.pid);
    const mib = Buffer.alloc(1 << 20, 0x20);
    const chunk = Buffer.concat([Buffer.from(`${mib.length.toString(16)}\r\n`), mib, Buffer.from('\r\n')]);
    r = await exchange(port, `POST /api/feed HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\n`,
                       { keepSending: { next: () => chunk, maxBytes: 512 << 20 } });
    const grown = rss(serve.proc.pid) - before;
    check(r.status === 413, `chunked 512 MiB feed: ${r.status} (${r.why}) ${r.body}`);
    check(r.sent < 128 << 20, `serve stopped reading the chunked body (${r.sent >> 20} MiB sent)`);
    check(grown < 100 << 20, `serve grew ${grown >> 20} MiB on a refused upload`);
    r = await exchange(port, `POST /api/layers/10/take HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\n`,
                       { keepSending: { next: () => chunk, maxBytes: 256 << 20 } });
    check(r.status === 413 && r.sent < 64 << 20, `chunked command: ${r.status}, ${r.sent >> 20} MiB sent`);
    for (const [method, path, status] of [['POST', '/api/nothing', 404], ['PUT', '/api/state', 405], ['DELETE', '/api/layers/1', 405]]) {
      r = await exchange(port, `${method} ${path} HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\n`,
                         { keepSending: { next: () => chunk, maxBytes: 256 << 20 } });
      check(r.status === status && r.sent < 64 << 20, `chunked ${method} ${path}: ${r.status}, ${r.sent >> 20} MiB sent`);
    }
    r = await exchange(port, `POST /api/feed HTTP/1.1\r\n${host}Content-Length: 805306368\r\n\r\n`);
    check(r.status === 413 && r.ms < 3000, `768 MiB Content-Length: ${r.status}`);
    check(JSON.parse(r.body).rule === 'body-too-large', `413 names the rule: ${r.body}`);

    // 5. Host: only exact loopback names (with this port or none) reach a loopback server.
    for (const [name, status] of [[`127.evil.com:${port}`, 403], ['127.evil.com', 403], [`localhost:${port + 1}`, 403],
                                  [`127.0.0.1.evil.com:${port}`, 403], [`127.0.0.1:${port}`, 200], ['127.0.0.1', 200],
                                  [`localhost:${port}`, 200], [`LOCALHOST:${port}`, 200], [`[::1]:${port}`, 200]]) {
      r = await exchange(port, `GET /api/health HTTP/1.1\r\nHost: ${name}\r\n\r\n`);
      check(r.status === status, `Host ${name}: expected ${status}, got ${r.status}`);
    }

    // 6. Deep nesting and size: 400 naming the problem, serve still up; nothing grows /api/state unbounded.
    const deep = `{"scene":"test-card","options":{"a":${'['.repeat(100000)}${']'.repeat(100000)}}}`;
    r = await api(port, 'POST', '/api/layers/10/take', deep);
    check(r.status === 400 && /nest/i.test(r.json?.error) && r.json.path, `100000 deep: ${r.status} ${r.text.slice(0, 300)}`);
    check((await api(port, 'GET', '/api/health')).status === 200, 'serve survived the deep body');
    r = await api(port, 'POST', '/api/layers/10/cue', { scene: 'test-card', options: { title: 'x'.repeat(100000) } });
    check(r.status === 413, `100 KB options: ${r.status} ${r.text.slice(0, 200)}`);
    let refused = null;
    for (let layer = 100; layer < 220 && !refused; ++layer) {
      const c = await api(port, 'POST', `/api/layers/${layer}/cue`, { scene: 'test-card', options: { title: 'y'.repeat(30000) } });
      if (c.status !== 200) refused = { layer, ...c };
    }
    check(refused && refused.status === 409 && refused.layer <= 200, `cues are bounded: ${JSON.stringify(refused && [refused.layer, refused.status])}`);
    r = await api(port, 'POST', '/api/layers/100/update', { options: { subtitle: 'z'.repeat(30000) } });
    check(r.status === 200, `one update within the bound: ${r.status} ${r.text.slice(0, 200)}`);
    r = await api(port, 'POST', '/api/layers/100/update', { options: { caption: 'z'.repeat(30000) } });
    check(r.status === 413, `updates cannot grow options without bound: ${r.status} ${r.text.slice(0, 200)}`);
    const state = await api(port, 'GET', '/api/state');
    check(state.text.length < 16 << 20, `/api/state stays small (${state.text.length} bytes)`);
    check((await api(port, 'POST', '/api/clear')).status === 200, 'clear');

    // 7. Bad command bodies: 400 with the JSON path.
    for (const [path, body, pointer] of [['/api/layers/10/take', { scene: 5 }, '/scene'],
                                         ['/api/layers/10/take', { scene: 'test-card', contest: 7 }, '/contest'],
                                         ['/api/layers/10/take', { scene: 'test-card', options: [1] }, '/options'],
                                         ['/api/layers/10/update', { contest: 5 }, '/contest'],
                                         ['/api/layers/10/auto', { auto: 'yes' }, '/auto'],
                                         ['/api/layers/10/take', '{"scene": "test-card",}', null], // where the parser stopped
                                         ['/api/layers/10/take', '[1, 2]', '']]) {
      r = await api(port, 'POST', path, body);
      const at = pointer ?? r.json?.path;
      check(r.status === 400 && r.json && typeof at === 'string' && r.json.path === at && r.json.error.includes(at),
            `${path} ${JSON.stringify(body)}: ${r.status} ${r.text}`);
    }

    // 4. Slow clients: 40 sockets sending headers a byte a second, 20 event streams never
    // read; /api/health still answers at once, and the slow ones are cut off.
    const slow = [];
    let slowClosed = 0;
    for (let i = 0; i < 40; ++i) {
      const s = net.connect(port, '127.0.0.1');
      s.on('error', () => {});
      s.on('close', () => ++slowClosed);
      s.write(`GET /api/state HTTP/1.1\r\n${host}X-Slow: `);
      slow.push(s);
    }
    const trickle = setInterval(() => { for (const s of slow) if (!s.destroyed) s.write('a'); }, 1000);
    const streams = [];
    for (let i = 0; i < 20; ++i) {
      const s = net.connect(port, '127.0.0.1');
      s.on('error', () => {});
      s.write(`GET /api/events HTTP/1.1\r\n${host}\r\n`);
      s.pause(); // never read
      streams.push(s);
    }
    try {
      await sleep(1500);
      for (let i = 0; i < 3; ++i) {
        const started = Date.now();
        const h = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(3000) });
        check(h.status === 200, `health under slow clients: ${h.status}`);
        check(Date.now() - started < 3000, `health took ${Date.now() - started} ms`);
        await sleep(500);
      }
      // The header deadline (10 s) closes every trickling client, though it keeps sending.
      await waitFor('slow-header clients cut off', () => slowClosed === 40, 25000, 250);
    } finally {
      clearInterval(trickle);
      for (const s of [...slow, ...streams]) s.destroy();
    }
    check((await api(port, 'GET', '/api/health')).status === 200, 'health after the slow clients');
  } finally {
    await stopServe(serve);
  }
});
