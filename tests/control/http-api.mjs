// The HTTP API with plain requests: reads, cue/take/update/next/out/clear on a layer,
// the feed push endpoint (a bad document is a 422 listing every error and changes
// nothing on air; a good one updates the graphic), program.png, the event stream, and
// the safety rules (other origins, other Host names, the bearer token).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { api, getJson, programImage, rawRequest, settled } from './lib/http.mjs';
import { coverage, difference } from './lib/png.mjs';
import { openEvents } from './lib/sse.mjs';
import { binary, byElections, check, MID_BEDS, run, scratch, sleep, startServe, stopServe, TAMWORTH, waitFor } from './lib/serve.mjs';


function expect(res, status, what) {
  check(res.status === status, `${what}: expected ${status}, got ${res.status} ${res.text}`);
  return res.json;
}

run('control_http_api', async () => {
  const stateDir = scratch('http-api');
  const showFile = join(stateDir, 'night.show.json');
  writeFileSync(showFile, JSON.stringify({ format: 'landslide-show', version: 1, name: 'By-elections', items: [
    { label: 'Mid Beds bars', scene: 'vote-bars', contest: MID_BEDS, layer: 40 },
    { label: 'Tamworth card', scene: 'test-card', contest: TAMWORTH, layer: 41, options: { title: 'TAMWORTH' } },
  ] }));
  const serve = await startServe({ stateDir, args: ['--feed', byElections(), '--show', showFile] });
  const port = serve.httpPort;
  const events = await openEvents(port);
  try {
    check(events.status === 200, 'GET /api/events: 200');
    // Reads.
    const health = expect(await api(port, 'GET', '/api/health'), 200, 'health');
    check(health.ok && health.feeds.length === 2, `health: ${JSON.stringify(health)}`);
    const scenes = await getJson(port, '/api/scenes');
    check(scenes.some((s) => s.name === 'vote-bars' && s.pageCount >= 1), 'scenes');
    const contests = await getJson(port, '/api/contests');
    check(contests.some((c) => c.id === MID_BEDS && c.name === 'Mid Bedfordshire' && c.status === 'declared'), 'contests');
    const empty = await settled(port, 'an empty program');
    check(coverage(empty) === 0, 'program starts clear');

    // Cue, then take.
    const cue = expect(await api(port, 'POST', '/api/layers/10/cue', { scene: 'vote-bars', contest: MID_BEDS }), 200, 'cue');
    check(cue.cued.scene === 'vote-bars' && cue.cued.state === 'cued', 'cue reply');
    let state = await getJson(port, '/api/state');
    check(state.layers.length === 1 && state.layers[0].state === 'cued' && state.onAir.length === 0, 'state shows the cue');
    check(coverage(await settled(port, 'still clear')) === 0, 'a cue is not on air');
    const take = expect(await api(port, 'POST', '/api/layers/10/take'), 200, 'take');
    check(take.ok && take.layer === 10 && take.frame > 0, 'take reply');
    const mid = await settled(port, 'Mid Bedfordshire on air');
    check(coverage(mid) > 0.05, 'take put the graphic on air');
    state = await getJson(port, '/api/state');
    check(state.onAir.includes(10) && state.layers[0].contest === MID_BEDS && state.layers[0].casparcg.cgLayer === 10,
          `state after take: ${JSON.stringify(state.layers)}`);

    // Update the binding, page on, refusals.
    expect(await api(port, 'POST', '/api/layers/10/update', { contest: TAMWORTH }), 200, 'update');
    const tamworth = await settled(port, 'Tamworth');
    check(difference(tamworth, mid) > 0.5, 'update changed the graphic');
    expect(await api(port, 'POST', '/api/layers/10/next'), 200, 'next');
    const noPage = expect(await api(port, 'POST', '/api/layers/10/next'), 409, 'next past the last page');
    check(/no further page/.test(noPage.error), noPage.error);
    expect(await api(port, 'POST', '/api/layers/11/out'), 409, 'out on an empty layer');
    expect(await api(port, 'POST', '/api/layers/11/take'), 409, 'take with nothing cued');
    expect(await api(port, 'POST', '/api/layers/10/take', { scene: 'nope' }), 404, 'unknown scene');
    expect(await api(port, 'POST', '/api/layers/10/take', '{not json'), 400, 'bad JSON');
    expect(await api(port, 'POST', '/api/layers/10/update', { contest: 5 }), 400, 'bad contest');
    // Options are parsed when the request arrives: a bad one is a 400 naming its path.
    const badTake = expect(await api(port, 'POST', '/api/layers/12/take', { scene: 'vote-bars', contest: MID_BEDS, options: { topN: 99 } }),
                           400, 'take with topN out of range');
    check(badTake.path === '/options/topN' && /must be an integer from 1 to 20/.test(badTake.error), JSON.stringify(badTake));
    const badUpdate = expect(await api(port, 'POST', '/api/layers/10/update', { options: { topn: 3 } }), 400, 'update with a typo');
    check(badUpdate.path === '/options/topn' && /unknown option/.test(badUpdate.error), JSON.stringify(badUpdate));
    expect(await api(port, 'POST', '/api/layers/12/cue', { scene: 'gains', options: { unchanged: 'maybe' } }), 400, 'cue with a bad boolean');
    check(!(await getJson(port, '/api/state')).layers.some((l) => l.layer === 12), 'nothing refused reached layer 12');
    expect(await api(port, 'POST', '/api/layers/10/dance'), 404, 'unknown action');
    expect(await api(port, 'POST', '/api/layers/99999999/take'), 400, 'layer out of range');
    expect(await api(port, 'GET', '/api/nothing'), 404, 'unknown endpoint');
    expect(await api(port, 'POST', '/api/layers/10/auto', { auto: false }), 200, 'hold');
    expect(await api(port, 'POST', '/api/layers/10/auto', { auto: true }), 200, 'auto');
    const page2 = await settled(port, 'page two');

    // A bad feed: 422 with every error path, nothing on air changes.
    const sample = JSON.parse(readFileSync(byElections(), 'utf8'));
    const bad = structuredClone(sample);
    bad.contests[0].candidates[0].votes = -5;
    delete bad.contests[1].name;
    const rejected = expect(await api(port, 'POST', '/api/feed', bad), 422, 'bad feed');
    const paths = rejected.errors.map((e) => e.path);
    check(paths.includes('/contests/0/candidates/0/votes'), `422 lists the votes path: ${JSON.stringify(paths)}`);
    check(paths.some((p) => p.startsWith('/contests/1')), `422 lists the missing name: ${JSON.stringify(paths)}`);
    check(rejected.errors.every((e) => e.reason && e.rule), 'errors have reasons and rules');
    expect(await api(port, 'POST', '/api/feed', 'not json at all'), 422, 'not JSON');
    await sleep(500);
    check(difference(await settled(port, 'unchanged'), page2) === 0, 'a rejected feed changes nothing on air');
    check((await getJson(port, '/api/state')).layers[0].revision === 1, 'still revision 1');

    // A good feed: Tamworth's next revision updates the layer in place.
    const good = structuredClone(sample);
    good.contests[1].revision = 2;
    good.contests[1].candidates[0].votes += 50;
    good.contests[1].candidates[1].votes -= 50;
    const accepted = expect(await api(port, 'POST', '/api/feed', good), 200, 'good feed');
    check(accepted.ok && accepted.revision >= 1, `push reply ${JSON.stringify(accepted)}`);
    await waitFor('revision 2 on air', async () => (await getJson(port, '/api/state')).layers[0]?.revision === 2);

    // program.png is a PNG of the whole frame.
    const png = await fetch(`http://127.0.0.1:${port}/api/program.png`);
    check(png.headers.get('content-type') === 'image/png', 'program.png content type');
    const img = await programImage(port);
    check(img.width === 1280 && img.height === 720, 'program.png size');

    // The rundown from --show: items are cued or taken on their own layers.
    const show = await getJson(port, '/api/show');
    check(show.name === 'By-elections' && show.items.length === 2 && show.items[1].layer === 41, `show: ${JSON.stringify(show)}`);
    expect(await api(port, 'POST', '/api/show/items/0/cue'), 200, 'cue a rundown item');
    const showTake = expect(await api(port, 'POST', '/api/show/items/1/take'), 200, 'take a rundown item');
    check(showTake.layer === 41, 'the item went to its layer');
    state = await getJson(port, '/api/state');
    check(state.layers.some((l) => l.layer === 40 && l.state === 'cued') &&
          state.layers.some((l) => l.layer === 41 && l.options.title === 'TAMWORTH'), 'rundown items cued and on air');
    expect(await api(port, 'POST', '/api/show/items/2/take'), 404, 'no such item');
    expect(await api(port, 'POST', '/api/layers/41/clear'), 200, 'clear 41');
    expect(await api(port, 'POST', '/api/layers/40/clear'), 200, 'clear 40');

    // Out (animated), then clear everything.
    expect(await api(port, 'POST', '/api/layers/10/out'), 200, 'out');
    check(coverage(await settled(port, 'the exit')) === 0, 'out took it off');
    expect(await api(port, 'POST', '/api/layers/12/take', { scene: 'test-card' }), 200, 'take with an item');
    expect(await api(port, 'POST', '/api/layers/13/cue', { scene: 'test-card' }), 200, 'cue');
    expect(await api(port, 'POST', '/api/out'), 200, 'out all');
    expect(await api(port, 'POST', '/api/clear'), 200, 'clear all');
    state = await getJson(port, '/api/state');
    check(state.layers.length === 0, 'clear removed the cue too');

    // Safety: other web origins and other Host names are refused.
    expect(await api(port, 'POST', '/api/clear', undefined, { Origin: 'http://evil.example' }), 403, 'cross-origin');
    expect(await rawRequest(port, 'GET', '/api/state', { Host: `evil.example:${port}` }), 403, 'DNS rebinding');
    expect(await rawRequest(port, 'GET', '/api/state', { Host: `localhost:${port}` }), 200, 'localhost');

    // Events: hello, tally on every change, feed revisions and errors.
    await sleep(300);
    const names = events.events.map((e) => e.name);
    check(names[0] === 'hello' && events.events[0].data.layers, 'hello first, with the state');
    const tallies = events.events.filter((e) => e.name === 'tally');
    check(tallies.some((e) => e.data.onAir.includes(10)), 'a tally with layer 10 on air');
    check(tallies.some((e) => e.data.layers.some((l) => l.state === 'cued')), 'a tally with the cue');
    await waitFor('an empty tally', () => events.events.filter((e) => e.name === 'tally').at(-1).data.layers.length === 0);
    check(events.events.some((e) => e.name === 'feed' && e.data.feeds.some((f) => f.source === 'push' && f.revision !== null)),
          'a feed event for the push');
    check(events.events.some((e) => e.name === 'error' && e.data.source === 'feed' && e.data.feed === 'push'),
          'an error event for the rejected feed');
    check(events.events.some((e) => e.name === 'error' && e.data.source === 'http' && /no further page/.test(e.data.message)),
          'an error event for the refused NEXT');

    // Every command is in the as-run log.
    const asRun = await getJson(port, '/api/asrun?count=500');
    for (const command of ['CUE', 'TAKE', 'UPDATE', 'NEXT', 'OUT', 'OUT ALL', 'CLEAR ALL', 'FEED PUSH'])
      check(asRun.some((e) => e.source === 'http' && e.command === command), `as-run has ${command}`);
  } finally {
    events.close();
    await stopServe(serve);
  }

  // A token: required when set, as a bearer header (or ?token= on GET).
  const secured = await startServe({ stateDir, args: ['--amcp', 'off', '--token', 's3cret'] });
  try {
    const p = secured.httpPort;
    expect(await api(p, 'GET', '/api/state'), 401, 'no token');
    expect(await api(p, 'GET', '/api/state', undefined, { Authorization: 'Bearer wrong' }), 401, 'wrong token');
    expect(await api(p, 'GET', '/api/state', undefined, { Authorization: 'Bearer s3cret' }), 200, 'bearer token');
    expect(await api(p, 'GET', '/api/state?token=s3cret'), 200, 'token parameter on GET');
    expect(await api(p, 'POST', '/api/clear?token=s3cret'), 401, 'no token parameter on POST');
  } finally {
    await stopServe(secured);
  }
  // Off loopback without a token: refused at start.
  const open = spawnSync(binary, ['serve', '--http', '0.0.0.0:0', '--amcp', 'off', '--state-dir', stateDir], { encoding: 'utf8', timeout: 30000 });
  check(open.status === 2 && /needs --token/.test(open.stderr), `non-loopback without a token: ${open.status} ${open.stderr}`);
});
