// Load and abuse: 195 well-behaved clients PING while 5 abusive ones send a 1 MiB line,
// binary garbage, half a command then hang up (over and over), commands without ever
// reading the replies, and bad quoting. Every PING must be answered; the report gives
// the latency percentiles. The server's memory must stay bounded and the program keep
// its rate. Bounds are generous: they catch hangs, not slow machines. Then 256 idle raw
// connections: a new client must still get in.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { RawAmcp } from './lib/amcp.mjs';
import { api, getJson } from './lib/http.mjs';
import { byElections, check, run, scratch, sleep, startServe, stopServe } from './lib/serve.mjs';

const GOOD_CLIENTS = 195;
const PINGS_EACH = 40;

const rssMiB = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function goodClient(port, id, latencies) {
  const c = await RawAmcp.connect(port);
  for (let i = 0; i < PINGS_EACH; i++) {
    const token = `${id}-${i}`;
    const start = process.hrtime.bigint();
    c.send(`PING ${token}`);
    const line = await c.readLine(30000);
    check(line === `PONG ${token}\r\n`, `client ${id}: PING ${token} answered ${JSON.stringify(line)}`);
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    await sleep(10 + Math.random() * 40);
  }
  c.close();
}

// Abusers run until stop() and report what they saw.
function abuser(name, port, body) {
  const state = { name, running: true, notes: [] };
  state.done = body(port, state).catch((e) => state.notes.push(`error: ${e.message}`));
  return state;
}

async function hugeLine(port, s) {
  const c = await RawAmcp.connect(port);
  const mib = Buffer.alloc(1 << 20, 'A');
  for (let i = 0; i < 4 && s.running; i++) {
    c.sendRaw(mib);
    await sleep(50);
  }
  c.send('');
  const reply = (await c.readLine(30000)) + (await c.readLine(30000));
  s.notes.push(`4 MiB line → ${JSON.stringify(reply)}`);
  check(reply.startsWith('400 ERROR\r\n'), 'an overlong line is a 400');
  c.send('PING still-here');
  check((await c.readLine(30000)) === 'PONG still-here\r\n', 'the client is still served after an overlong line');
  c.close();
}

async function garbage(port, s) {
  const c = await RawAmcp.connect(port);
  let sent = 0;
  while (s.running && !c.closed) {
    const bytes = randomBytes(4096);
    c.sendRaw(bytes);
    sent += bytes.length;
    c.buffer = Buffer.alloc(0); // reads and discards the 400s
    await sleep(5);
  }
  s.notes.push(`${(sent / 1024).toFixed(0)} KiB of random bytes${c.closed ? ', then dropped' : ''}`);
  c.close();
}

async function halfCommands(port, s) {
  let n = 0;
  while (s.running) {
    await new Promise((resolve) => {
      const socket = net.connect({ port, host: '127.0.0.1' }, () => {
        socket.write('CG 1-10 ADD 1 "test-ca');
        socket.destroy();
        resolve();
      });
      socket.on('error', resolve);
    });
    n++;
    await sleep(5);
  }
  s.notes.push(`${n} half commands, each followed by a hang-up`);
}

async function neverReads(port, s) {
  const socket = net.connect({ port, host: '127.0.0.1' });
  socket.pause(); // never read a byte
  let closed = false, sent = 0;
  socket.on('close', () => (closed = true));
  socket.on('error', () => {});
  await new Promise((r) => socket.once('connect', r));
  while (s.running && !closed) {
    if (socket.writableLength < (1 << 20)) {
      socket.write('INFO 1\r\nTLS\r\nINFO\r\n'.repeat(50));
      sent += 150;
    }
    await sleep(5);
  }
  s.notes.push(`${sent} commands sent, none read${closed ? '; dropped by the server' : '; reading paused by the server'}`);
  socket.destroy();
}

async function badQuoting(port, s) {
  const c = await RawAmcp.connect(port);
  const lines = ['CG 1-10 ADD "unterminated', 'FOO "a" "b', '"" "" ""', 'CG 1-10 ADD 1 \\"x\\" 1', 'REQ', 'CG 9-9 PLAY 1', '\\\\\\'];
  let n = 0;
  while (s.running) {
    for (const l of lines) c.send(l);
    n += lines.length;
    for (let i = 0; i < lines.length; i++) if (!(await c.readLine(30000))) throw new Error('no reply to bad quoting');
    await sleep(5);
  }
  // Replies are errors, never silence.
  s.notes.push(`${n} badly quoted or unknown commands, each answered`);
  c.close();
}

run('control_load', async () => {
  const serve = await startServe({ stateDir: scratch('load'), args: ['--feed', byElections()] });
  const pid = serve.proc.pid;
  try {
    const port = serve.amcpPort;
    // Something on air, so the program is being drawn throughout.
    check((await api(serve.httpPort, 'POST', '/api/layers/10/take', { scene: 'vote-bars' })).status === 200, 'take');
    const rssBefore = rssMiB(pid);
    const before = await getJson(serve.httpPort, '/api/state');
    const started = Date.now();

    const abusers = [
      abuser('huge line', port, hugeLine),
      abuser('binary garbage', port, garbage),
      abuser('half a command, hang up', port, halfCommands),
      abuser('never reads', port, neverReads),
      abuser('bad quoting', port, badQuoting),
    ];
    await sleep(300); // let the abuse start first
    const latencies = [];
    await Promise.all(Array.from({ length: GOOD_CLIENTS }, (_, i) => goodClient(port, i, latencies)));
    const seconds = (Date.now() - started) / 1000;
    const rssPeak = rssMiB(pid);
    for (const a of abusers) a.running = false;
    await Promise.all(abusers.map((a) => a.done));
    const after = await getJson(serve.httpPort, '/api/state');

    latencies.sort((a, b) => a - b);
    const p = (q) => percentile(latencies, q).toFixed(2);
    const ticks = after.ticks - before.ticks, dropped = after.framesDropped - before.framesDropped;
    const expectedTicks = seconds * 25;
    console.log(`${latencies.length} PINGs from ${GOOD_CLIENTS} clients in ${seconds.toFixed(1)} s with 5 abusive clients`);
    console.log(`PING latency ms: p50 ${p(50)}  p90 ${p(90)}  p99 ${p(99)}  max ${latencies.at(-1).toFixed(2)}`);
    console.log(`program: ${ticks} ticks and ${dropped} dropped in ${seconds.toFixed(1)} s (25 fps: ${expectedTicks.toFixed(0)})`);
    console.log(`serve RSS: ${rssBefore.toFixed(0)} MiB before, ${rssPeak.toFixed(0)} MiB under load`);
    for (const a of abusers) console.log(`  ${a.name}: ${a.notes.join('; ')}`);

    check(latencies.length === GOOD_CLIENTS * PINGS_EACH, 'every PING answered');
    check(latencies.at(-1) < 10000, 'no PING waited 10 s');
    check(abusers.every((a) => !a.notes.some((n) => n.startsWith('error'))), 'abusers saw the right errors');
    check(rssPeak - rssBefore < 300, `memory stays bounded (+${(rssPeak - rssBefore).toFixed(0)} MiB)`);
    check(ticks + dropped >= expectedTicks * 0.9 && ticks >= expectedTicks * 0.5, 'the program kept (most of) its rate');

    // Still serving afterwards.
    const c = await RawAmcp.connect(port);
    c.send('INFO');
    check((await c.readLine()) === '200 INFO OK\r\n', 'INFO after the load');
    c.close();

    // 256 idle connections (the most there may be) locked everyone out: now a new client
    // takes the place of the one idle longest.
    const idle = [];
    for (let i = 0; i < 256; i++) {
      const s = await RawAmcp.connect(port);
      s.send(`PING idle${i}`);
      check((await s.readLine()) === `PONG idle${i}\r\n`, `idle connection ${i} is served`);
      idle.push(s);
    }
    const late = await RawAmcp.connect(port);
    late.send('PING late');
    check((await late.readLine(10000)) === 'PONG late\r\n', 'a new client gets in past 256 idle connections');
    await idle[0].read(1, 5000);
    check(idle[0].closed, 'the connection idle longest made room');
    idle[1].send('PING still');
    check((await idle[1].readLine()) === 'PONG still\r\n', 'the other idle connections stay');
    for (const s of [late, ...idle]) s.close();
  } finally {
    const exit = await stopServe(serve);
    check(exit.code === 0, `serve stopped cleanly (${JSON.stringify(exit)})`);
  }
});
