// Following the night through a real `landslide serve`: a seat-change taken over HTTP and
// a result-card added over AMCP, both bound to "latest" before anything has declared.
// They are accepted and wait (nothing on air); feeds pushed to POST /api/feed declare
// Tamworth, then Mid Bedfordshire: the layer on auto shows each new seat as it lands,
// the one on hold keeps its seat with the new one pending until RE-TAKE. /api/state and
// AMCP INFO report the binding as "latest" with the seat it resolves to.
import { readFileSync } from 'node:fs';
import { RawAmcp } from './lib/amcp.mjs';
import { api, getJson, settled } from './lib/http.mjs';
import { coverage, difference } from './lib/png.mjs';
import { byElections, check, MID_BEDS, run, scratch, startServe, stopServe, TAMWORTH, waitFor } from './lib/serve.mjs';

const sample = JSON.parse(readFileSync(byElections(), 'utf8'));

// The by-elections as a night: only the seats in `declared` (id -> time) have a result.
function night(declared) {
  const doc = structuredClone(sample);
  for (const c of doc.contests) {
    if (declared[c.id]) {
      c.declaredAt = declared[c.id];
      continue;
    }
    c.status = 'awaiting';
    delete c.validVotes;
    delete c.rejected;
    for (const k of c.candidates) {
      delete k.votes;
      delete k.elected;
    }
  }
  return doc;
}

function expect(res, status, what) {
  check(res.status === status, `${what}: expected ${status}, got ${res.status} ${res.text}`);
  return res.json;
}

async function amcp(client, line) {
  client.send(line);
  const first = await client.readLine();
  check(first !== null, `${line}: no reply`);
  if (!first.startsWith('201')) return first;
  return first + (await client.readLine()); // 201: one line of data
}

const layerOf = (state, n) => state.layers.find((l) => l.layer === n);

run('control_latest', async () => {
  const stateDir = scratch('latest');
  const serve = await startServe({ stateDir, args: [] }); // a push feed only
  const port = serve.httpPort;
  const client = await RawAmcp.connect(serve.amcpPort);
  try {
    expect(await api(port, 'POST', '/api/feed', night({})), 200, 'a feed with nothing declared');
    await waitFor('the feed', async () => (await getJson(port, '/api/state')).data !== null);

    // Before any declaration: accepted, waiting, nothing on air.
    const take = expect(await api(port, 'POST', '/api/layers/10/take', { scene: 'seat-change', contest: 'latest' }), 200,
                        'take seat-change on latest');
    check(take.ok && take.contest === 'latest' && take.waiting === true && take.resolved === null &&
          /waiting for the first declaration/.test(take.note), `take reply: ${JSON.stringify(take)}`);
    check((await amcp(client, 'CG 1-20 ADD 1 "result-card" 1 "{\\"contest\\":\\"LATEST\\"}"')) === '202 CG OK\r\n',
          'AMCP CG ADD on latest');
    check((await amcp(client, 'CG 1-20 INVOKE 1 HOLD')) === '201 CG OK\r\n\r\n', 'AMCP hold');
    let state = await getJson(port, '/api/state');
    let hold = layerOf(state, 2001);
    check(layerOf(state, 10).waiting && hold.contest === 'latest' && hold.waiting && hold.auto === false,
          `state while waiting: ${JSON.stringify(state.layers)}`);
    check(coverage(await settled(port, 'waiting')) === 0, 'nothing on air while nothing has declared');
    let info = await amcp(client, 'INFO 1');
    check(/<contest>latest<\/contest>\s*<resolved\/?>(<\/resolved>)?/.test(info), `INFO while waiting: ${info}`);

    // Tamworth declares: the auto layer enters with it; the held one waits.
    expect(await api(port, 'POST', '/api/feed', night({ [TAMWORTH]: '2023-10-20T03:06:00+01:00' })), 200, 'Tamworth');
    state = await waitFor('layer 10 on Tamworth', async () => {
      const s = await getJson(port, '/api/state');
      return layerOf(s, 10)?.resolved === TAMWORTH ? s : null;
    });
    const auto = layerOf(state, 10);
    check(auto.contest === 'latest' && auto.waiting === false && auto.resolvedName === 'Tamworth' && auto.revision === 1,
          `layer 10: ${JSON.stringify(auto)}`);
    hold = layerOf(state, 2001);
    check(hold.pending && hold.pendingContest === TAMWORTH && hold.resolved === null, `held layer: ${JSON.stringify(hold)}`);
    const tamworth = await settled(port, 'Tamworth on air');
    check(coverage(tamworth) > 0.02, 'the first declaration entered');

    // Mid Bedfordshire declares later: the auto layer moves to it as a new graphic.
    expect(await api(port, 'POST', '/api/feed',
                     night({ [TAMWORTH]: '2023-10-20T03:06:00+01:00', [MID_BEDS]: '2023-10-20T04:12:00+01:00' })),
           200, 'Mid Bedfordshire');
    state = await waitFor('layer 10 on Mid Bedfordshire', async () => {
      const s = await getJson(port, '/api/state');
      return layerOf(s, 10)?.resolved === MID_BEDS ? s : null;
    });
    check(layerOf(state, 10).resolvedName === 'Mid Bedfordshire', 'resolved name');
    check(layerOf(state, 2001).pendingContest === MID_BEDS, 'the held layer now has Mid Bedfordshire pending');
    const midBeds = await settled(port, 'Mid Bedfordshire on air');
    check(difference(midBeds, tamworth) > 0.005, 'the program changed to the new seat');

    // RE-TAKE over AMCP puts the newest seat on the held layer; INFO names it.
    check((await amcp(client, 'CG 1-20 INVOKE 1 RETAKE')) === '201 CG OK\r\n\r\n', 'AMCP retake');
    state = await getJson(port, '/api/state');
    hold = layerOf(state, 2001);
    check(hold.resolved === MID_BEDS && !hold.pending && hold.auto === false, `after retake: ${JSON.stringify(hold)}`);
    info = await amcp(client, 'INFO 1');
    check(info.includes(`<contest>latest</contest>`) && info.includes(`<resolved>${MID_BEDS}</resolved>`),
          `INFO after retake: ${info}`);
    // The as-run log keeps the binding as taken, with the revision of the seat shown.
    const asRun = await getJson(port, '/api/asrun?count=50');
    check(asRun.some((e) => e.command === 'TAKE' && e.contest === 'latest' && e.layer === 10), 'as-run TAKE on latest');
    check(asRun.some((e) => e.command === 'RETAKE' && e.contest === 'latest' && e.revision === 1), 'as-run RETAKE');
  } finally {
    client.close();
    await stopServe(serve);
  }
});
