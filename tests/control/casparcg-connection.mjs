// A real broadcast client library drives a headless `landslide serve`: casparcg-connection
// (npm, installed by control_npm_ci from package-lock.json) reads VERSION to pick its
// CasparCG 2.3 dialect, then INFO, TLS, CG ADD bound to Mid Bedfordshire, CG UPDATE with
// changed data, CG NEXT, CG STOP, CLEAR. Every reply is checked, and /api/program.png
// shows the graphic appear, change and clear. Then what the server refuses: data past
// its limits and an address it does not have.
import { createRequire } from 'node:module';
import { programImage, settled } from './lib/http.mjs';
import { coverage, difference } from './lib/png.mjs';
import { byElections, check, MID_BEDS, run, scratch, sleep, startServe, stopServe, TAMWORTH, waitFor } from './lib/serve.mjs';

const require = createRequire(import.meta.url);
const { CasparCG, Enum } = require('casparcg-connection');
const { Version } = Enum;

// Sends and waits for the reply; fails on a send error or a non-OK reply.
async function ok(what, promise) {
  const { error, request } = await promise;
  check(!error, `${what}: ${error}`);
  const response = await request;
  check(response.type === 'OK', `${what}: ${response.responseCode} ${response.message}`);
  return response;
}


run('control_casparcg_connection', async () => {
  const serve = await startServe({ stateDir: scratch('casparcg-connection'), args: ['--feed', byElections()] });
  const ccg = new CasparCG({ host: '127.0.0.1', port: serve.amcpPort, autoConnect: true, timeoutTime: 10000 });
  ccg.on('error', (e) => console.error('casparcg-connection error:', e));
  try {
    await waitFor('casparcg-connection to connect', () => ccg.connected, 15000);
    const http = serve.httpPort;
    const empty = await settled(http, 'an empty program');
    check(coverage(empty) === 0, 'the program starts transparent');

    const version = await ok('VERSION', ccg.version({}));
    check(version.responseCode === 201, 'VERSION: 201');
    check(version.data.version === Version.v23x, `VERSION read as CasparCG 2.3 (${JSON.stringify(version.data)})`);
    check(version.data.fullVersion.startsWith('2.3.0 Landslide '), `VERSION: ${version.data.fullVersion}`);

    const info = await ok('INFO', ccg.info({}));
    check(info.responseCode === 200, 'INFO: 200');
    check(info.data.length === 1 && info.data[0].channel === 1 && info.data[0].format === '720p2500' &&
          info.data[0].frameRate === 25 && info.data[0].status === 'PLAYING', `INFO: ${JSON.stringify(info.data)}`);

    const tls = await ok('TLS', ccg.tls({}));
    check(tls.responseCode === 200 && tls.data.includes('VOTE-BARS') && tls.data.includes('TEST-CARD'),
          `TLS lists the scenes: ${JSON.stringify(tls.data)}`);

    // CG ADD, playing on load, bound to Mid Bedfordshire.
    const add = await ok('CG ADD', ccg.cgAdd({ channel: 1, layer: 20, cgLayer: 1, template: 'vote-bars', playOnLoad: true,
                                            data: { contest: MID_BEDS, title: 'MID BEDFORDSHIRE $ test' } }));
    check(add.responseCode === 202, 'CG ADD: 202');
    const mid = await settled(http, 'Mid Bedfordshire on air');
    check(coverage(mid) > 0.05, `the graphic appeared (coverage ${coverage(mid).toFixed(3)})`);
    const channel = await ok('INFO 1', ccg.infoChannel({ channel: 1 }));
    check(channel.data.channel.layers.some((l) => l.layer === 20), `INFO 1 parsed with layer 20: ${JSON.stringify(channel.data)}`);
    let state = await (await fetch(`http://127.0.0.1:${http}/api/state`)).json();
    const onAir = state.layers.find((l) => l.layer === 2001);
    check(onAir && onAir.contest === MID_BEDS && onAir.scene === 'vote-bars', `layer 2001 bound to ${MID_BEDS}`);
    check(onAir.options.title === 'MID BEDFORDSHIRE $ test', `data escaped by the client arrives intact: ${onAir.options.title}`);

    // CG UPDATE with changed data: Tamworth instead.
    await ok('CG UPDATE', ccg.cgUpdate({ channel: 1, layer: 20, cgLayer: 1, data: { contest: TAMWORTH } }));
    const tamworth = await settled(http, 'Tamworth on air');
    check(difference(tamworth, mid) > 0.5, `the graphic changed with the data (${difference(tamworth, mid).toFixed(2)})`);
    state = await (await fetch(`http://127.0.0.1:${http}/api/state`)).json();
    check(state.layers.find((l) => l.layer === 2001).contest === TAMWORTH, 'layer 2001 now bound to Tamworth');

    await ok('CG NEXT', ccg.cgNext({ channel: 1, layer: 20, cgLayer: 1 }));
    const page2 = await settled(http, 'page two');
    check(difference(page2, tamworth) > 0.5, `NEXT changed the page (${difference(page2, tamworth).toFixed(2)})`);

    await ok('CG STOP', ccg.cgStop({ channel: 1, layer: 20, cgLayer: 1 }));
    const stopped = await settled(http, 'the exit to finish');
    check(coverage(stopped) === 0, `STOP took the graphic off (coverage ${coverage(stopped)})`);

    // Back on, then CLEAR cuts it.
    await ok('CG ADD', ccg.cgAdd({ channel: 1, layer: 20, cgLayer: 1, template: 'test-card', playOnLoad: true, data: { contest: MID_BEDS } }));
    await waitFor('the test card', async () => coverage((await programImage(http)) ?? { data: [], width: 1, height: 1 }) > 0.02);
    const clear = await ok('CLEAR', ccg.clear({ channel: 1 }));
    check(clear.responseCode === 202, 'CLEAR: 202');
    const cleared = await settled(http, 'a clear program');
    check(coverage(cleared) === 0, 'CLEAR cut everything');

    // What the client sends but the server refuses: a title past 256 characters, data
    // nested past 16 levels, a layer past 9999. Each is a 4xx and leaves nothing on air.
    const refused = async (what, promise, code) => {
      const { error, request } = await promise;
      check(!error, `${what}: ${error}`);
      const response = await request.catch((e) => e);
      check(response.responseCode === code, `${what}: ${response.responseCode} ${response.message} (want ${code})`);
    };
    await refused('CG ADD with a 300-character title',
      ccg.cgAdd({ channel: 1, layer: 20, cgLayer: 1, template: 'test-card', playOnLoad: true, data: { contest: MID_BEDS, title: 'x'.repeat(300) } }), 403);
    let deep = {};
    for (let i = 0; i < 40; i++) deep = { a: deep };
    await refused('CG ADD with data nested 40 deep',
      ccg.cgAdd({ channel: 1, layer: 20, cgLayer: 1, template: 'test-card', playOnLoad: true, data: deep }), 403);
    await refused('CG ADD on video layer 10000',
      ccg.cgAdd({ channel: 1, layer: 10000, cgLayer: 1, template: 'test-card', playOnLoad: true, data: { contest: MID_BEDS } }), 401);
    check(coverage(await settled(http, 'still a clear program')) === 0, 'nothing refused went on air');
  } finally {
    ccg.discard();
    await stopServe(serve);
  }
});
