// Survives its own restart: graphics put on air over AMCP and HTTP (layers, bindings,
// pages, hold) come back after a restart of `landslide serve` — after SIGTERM and after
// SIGKILL — already settled: the very first program frames equal the settled picture
// from before, so no entrance is replayed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RawAmcp } from './lib/amcp.mjs';
import { api, getJson, programImage, settled } from './lib/http.mjs';
import { difference } from './lib/png.mjs';
import { byElections, check, MID_BEDS, run, scratch, sleep, startServe, stopServe, TAMWORTH, waitFor } from './lib/serve.mjs';


const summary = (state) =>
  state.layers.map((l) => `${l.layer}:${l.scene}:${l.contest}:p${l.page}:${l.auto ? 'auto' : 'hold'}:${l.state}`).join(' ');

// After a restart the first frames must already show the settled picture.
async function checkComesBackSettled(serve, before, expectedLayers, how) {
  const port = serve.httpPort;
  const state = await waitFor('the restored state', async () => {
    const s = await getJson(port, '/api/state');
    return s.ticks > 0 && s.layers.length > 0 ? s : null;
  });
  check(summary(state) === expectedLayers, `${how}: layers restored\n  before ${expectedLayers}\n  after  ${summary(state)}`);
  const first = await waitFor('a program frame', () => programImage(port));
  const firstDiff = difference(first, before);
  check(firstDiff < 0.05, `${how}: the first frame (${first.frame}) is the settled picture (difference ${firstDiff.toFixed(3)})`);
  // And it stays that way: nothing animates in.
  for (let i = 0; i < 6; i++) {
    await sleep(200);
    const img = await programImage(port);
    const d = difference(img, before);
    check(d < 0.05, `${how}: frame ${img.frame} differs from the settled picture (${d.toFixed(3)}): an entrance was replayed`);
  }
}

run('control_restart', async () => {
  const stateDir = scratch('restart');
  const args = ['--feed', byElections()];
  let serve = await startServe({ stateDir, args });
  let before, expectedLayers;
  try {
    const amcp = await RawAmcp.connect(serve.amcpPort);
    amcp.send(`CG 1-10 ADD 1 vote-bars 1 "{\\"contest\\":\\"${MID_BEDS}\\",\\"title\\":\\"RESTART\\"}"`);
    check((await amcp.readLine()) === '202 CG OK\r\n', 'CG ADD');
    amcp.send('CG 1-10 NEXT 1');
    check((await amcp.readLine()) === '202 CG OK\r\n', 'CG NEXT');
    amcp.close();
    const take = await api(serve.httpPort, 'POST', '/api/layers/30/take', { scene: 'test-card', contest: TAMWORTH });
    check(take.status === 200, `HTTP take: ${take.text}`);
    check((await api(serve.httpPort, 'POST', '/api/layers/30/auto', { auto: false })).status === 200, 'hold');
    before = await settled(serve.httpPort, 'the graphics to settle');
    expectedLayers = summary(await getJson(serve.httpPort, '/api/state'));
    check(expectedLayers === `30:test-card:${TAMWORTH}:p0:hold:on-air 1001:vote-bars:${MID_BEDS}:p1:auto:on-air`,
          `on air before the restart: ${expectedLayers}`);
  } finally {
    const exit = await stopServe(serve);
    check(exit.code === 0, `serve exits 0 on SIGTERM (${JSON.stringify(exit)})\n${serve.log()}`);
  }
  const journal = JSON.parse(readFileSync(join(stateDir, 'landslide-journal.json'), 'utf8'));
  check(journal.layers.length === 2, `journal: ${JSON.stringify(journal)}`);

  // Restart after a clean stop.
  serve = await startServe({ stateDir, args });
  try {
    await checkComesBackSettled(serve, before, expectedLayers, 'after SIGTERM');
  } finally {
    serve.proc.kill('SIGKILL'); // and now a crash
    await serve.exited;
  }

  // Restart after a crash: the journal was already on disk.
  serve = await startServe({ stateDir, args });
  try {
    await checkComesBackSettled(serve, before, expectedLayers, 'after SIGKILL');
    // A change after the restart is journaled too.
    check((await api(serve.httpPort, 'POST', '/api/layers/30/clear')).status === 200, 'clear layer 30');
  } finally {
    await stopServe(serve);
  }
  const after = JSON.parse(readFileSync(join(stateDir, 'landslide-journal.json'), 'utf8'));
  check(after.layers.length === 1 && after.layers[0].layer === 1001, `journal after the clear: ${JSON.stringify(after)}`);
  // The as-run log kept both runs.
  const asRun = readFileSync(join(stateDir, 'landslide-as-run.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  check(asRun.some((e) => e.source === 'amcp' && e.command === 'TAKE') && asRun.some((e) => e.source === 'http' && e.command === 'CLEAR'),
        'as-run file has both runs');

  // A bad journal is a warning naming the file and the JSON path, and a start with what
  // could be restored, never a failed start.
  const badDir = scratch('restart-bad-journal');
  writeFileSync(join(badDir, 'landslide-journal.json'), JSON.stringify({
    format: 'landslide-journal', version: 1,
    layers: [{ layer: 10, scene: 'vote-bars', contest: MID_BEDS, page: 'x' }, { layer: 20, scene: 'test-card', contest: TAMWORTH }],
  }));
  serve = await startServe({ stateDir: badDir, args });
  try {
    check(/landslide-journal\.json: \/layers\/0\/page: warning: /.test(serve.log()), `the warning names file and path:\n${serve.log()}`);
    check(/restored 1 layer: 20 test-card E14000986/.test(serve.log()), `the log says what was restored:\n${serve.log()}`);
    const state = await getJson(serve.httpPort, '/api/state');
    check(state.layers.map((l) => l.layer).join() === '20', `restored layers: ${summary(state)}`);
  } finally {
    await stopServe(serve);
  }

  // A journal that cannot be written (its directory is a file: root cannot write there
  // either): health says so and serve stays up.
  const unwritable = scratch('restart-unwritable');
  writeFileSync(join(unwritable, 'file'), 'x');
  serve = await startServe({ stateDir: unwritable, args: [...args, '--journal', join(unwritable, 'file', 'journal.json')] });
  try {
    const health = await waitFor('health to report the journal', async () => {
      const r = await api(serve.httpPort, 'GET', '/api/health');
      return r.json.journal && !r.json.journal.ok ? r : null;
    });
    check(health.status === 503, `health answers 503: ${health.text}`);
    check(health.json.journal.error.includes('journal.json'), `the error names the journal: ${health.text}`);
    await waitFor('the log to say so', () => /journal\.json.*the last good/.test(serve.log()));
  } finally {
    await stopServe(serve);
  }
});
