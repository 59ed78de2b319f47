// Soak: `landslide serve` headless at 1080p50 with vote-bars on air, a feed revision every
// second (the watched file rewritten with moving votes) and a CG command every few seconds
// (UPDATE, NEXT, PLAY of another scene on a second layer, STOP). Every ~10 s it prints
// ticks, drops and resident memory; then a summary. Drops are reported, never asserted:
// with --ci it asserts only what must hold (serve alive, frames advancing at about the
// channel rate, memory under a generous cap).
// Usage: node tests/bench/soak.mjs [--seconds N] [--size WxH] [--fps N] [--ci]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RawAmcp } from '../control/lib/amcp.mjs';
import { getJson } from '../control/lib/http.mjs';
import { byElections, check, MID_BEDS, run, scratch, sleep, startServe, stopServe } from '../control/lib/serve.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(option('--seconds', 600));
const size = option('--size', '1920x1080');
const fps = Number(option('--fps', 50));
const ci = process.argv.includes('--ci');
const RSS_CAP_MIB = 1024; // generous: catches a leak, not a big frame buffer
const REPORT_EVERY_S = 10;

const rssMiB = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;

// The feed file rewritten atomically (a rename, as a results desk's exporter would).
function writeRevision(feedFile, original, n) {
  const doc = structuredClone(original);
  const c = doc.contests.find((x) => x.id === MID_BEDS);
  c.revision = (c.revision || 1) + n;
  const ranked = [...c.candidates].sort((a, b) => b.votes - a.votes);
  const moved = Math.round(ranked[0].votes * (n % 2 ? 0.02 : 0.01)); // never enough to change the winner
  ranked[0].votes -= moved;
  ranked[1].votes += moved;
  writeFileSync(`${feedFile}.next`, JSON.stringify(doc));
  renameSync(`${feedFile}.next`, feedFile);
}

const data = (o) => `"${JSON.stringify(o).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const commands = [
  `CG 1-10 UPDATE 1 ${data({ title: 'MID BEDS SOAK' })}`,
  'CG 1-10 NEXT 1',
  `CG 1-20 ADD 1 seat-change 1 ${data({ contest: MID_BEDS })}`,
  'CG 1-20 STOP 1',
  `CG 1-10 UPDATE 1 ${data({ title: 'MID BEDFORDSHIRE' })}`,
  'CG 1-10 NEXT 1',
];

run('soak', async () => {
  const dir = scratch('soak');
  const feedFile = join(dir, 'feed.json');
  const original = JSON.parse(readFileSync(byElections(), 'utf8'));
  writeRevision(feedFile, original, 0);
  const serve = await startServe({
    stateDir: join(dir, 'state'),
    args: ['--feed', feedFile, '--size', size, '--fps', String(fps)],
  });
  const amcp = await RawAmcp.connect(serve.amcpPort);
  const send = async (line) => {
    amcp.send(line);
    const reply = await amcp.readLine(10000);
    return reply ? reply.trim() : 'no reply';
  };
  const taken = await send(`CG 1-10 ADD 1 vote-bars 1 ${data({ contest: MID_BEDS })}`);
  check(taken.startsWith('202'), `vote-bars on air: ${taken}`);

  const first = await getJson(serve.httpPort, '/api/state');
  const started = Date.now();
  let revision = 0, command = 0, refused = 0, maxRss = 0, lastReport = started;
  let last = first;
  const rows = [];
  console.log(`soak: serve ${size} at ${fps} fps for ${seconds} s, vote-bars on air, a revision every second`);
  console.log('   time    ticks  dropped  drop%(10s)  frames drawn   RSS MiB');
  while (Date.now() - started < seconds * 1000) {
    await sleep(1000);
    check(serve.proc.exitCode === null, `serve exited: ${serve.proc.exitCode}`);
    writeRevision(feedFile, original, ++revision);
    if (revision % 3 === 0) {
      const line = commands[command++ % commands.length];
      const reply = await send(line);
      if (!reply.startsWith('20')) {
        refused++;
        console.log(`   ${line} → ${reply}`);
      }
    }
    const rss = rssMiB(serve.proc.pid);
    maxRss = Math.max(maxRss, rss);
    if (Date.now() - lastReport >= REPORT_EVERY_S * 1000) {
      const s = await getJson(serve.httpPort, '/api/state');
      const frames = s.frame - last.frame;
      const drops = s.framesDropped - last.framesDropped;
      const row = { t: (Date.now() - started) / 1000, ticks: s.ticks, dropped: s.framesDropped, rss };
      rows.push(row);
      console.log(
        `${row.t.toFixed(0).padStart(6)} s ${String(s.ticks).padStart(8)} ${String(s.framesDropped).padStart(8)}` +
          ` ${(frames ? (100 * drops) / frames : 0).toFixed(1).padStart(10)}% ${String(s.framesDrawn).padStart(13)}` +
          ` ${rss.toFixed(1).padStart(9)}`,
      );
      last = s;
      lastReport = Date.now();
    }
  }
  const end = await getJson(serve.httpPort, '/api/state');
  const elapsed = (Date.now() - started) / 1000;
  const frames = end.frame - first.frame, ticks = end.ticks - first.ticks;
  const dropped = end.framesDropped - first.framesDropped;
  console.log(
    `soak summary: ${elapsed.toFixed(0)} s, ${frames} channel frames (${(frames / elapsed).toFixed(1)}/s), ` +
      `${ticks} ticks rendered, ${dropped} dropped (${frames ? ((100 * dropped) / frames).toFixed(1) : 0} %), ` +
      `${end.framesDrawn - first.framesDrawn} redraws, ${revision} feed revisions, ${command} CG commands ` +
      `(${refused} refused), RSS max ${maxRss.toFixed(1)} MiB`,
  );
  amcp.close();
  if (ci) {
    check(serve.proc.exitCode === null, 'serve is alive at the end');
    // The channel's frame counter follows the clock, drops or not: within a generous bound.
    const rate = frames / elapsed;
    check(rate > fps * 0.5 && rate < fps * 1.5, `channel frames at ${rate.toFixed(1)}/s, not about ${fps}`);
    check(ticks > 0, 'the render thread ticked');
    check(maxRss < RSS_CAP_MIB, `resident memory ${maxRss.toFixed(0)} MiB over the ${RSS_CAP_MIB} MiB cap`);
  }
  const stopped = await stopServe(serve);
  check(stopped.code === 0, `serve stopped with ${JSON.stringify(stopped)}`);
});
