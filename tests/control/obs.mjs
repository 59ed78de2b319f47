// OBS without window capture: `landslide serve --out obs:PORT` streams the program with
// its alpha (raw BGRA in NUT over TCP); Debian's OBS Studio runs under Xvfb with openbox,
// a Media Source reading that stream is added through obs-websocket (obs-websocket-js),
// and GetSourceScreenshot must show the graphic over a transparent background — the
// same picture as /api/program.png. Exits 77 (skipped) only if OBS cannot start at all.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { join } from 'node:path';
import { api, settled } from './lib/http.mjs';
import { coverage, decodePng, difference, transparent } from './lib/png.mjs';
import { byElections, check, MID_BEDS, run, scratch, sleep, startServe, stopServe, waitFor } from './lib/serve.mjs';

const require = createRequire(import.meta.url);
const { default: OBSWebSocket } = require('obs-websocket-js');

const skip = (why) => {
  console.log(`control_obs: SKIPPED: ${why}`);
  process.exit(77);
};

// Free ports (the kernel picks them), and a free X display (Xvfb picks it: -displayfd).
function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startXvfb(logFile) {
  const proc = startProcess('Xvfb', ['-displayfd', '3', '-noreset', '-screen', '0', '1280x720x24', '-nolisten', 'tcp'],
    {}, logFile, ['ignore', 'pipe', 'pipe', 'pipe']);
  let text = '';
  proc.stdio[3].on('data', (d) => (text += d));
  await waitFor('Xvfb to pick a display', () => proc.exitCode !== null || /\d+\n/.test(text), 15000, 50).catch(() => {});
  return { proc, display: /\d+\n/.test(text) ? `:${text.trim()}` : null };
}

function startProcess(command, args, env, logFile, stdio = ['ignore', 'pipe', 'pipe']) {
  const out = [];
  const proc = spawn(command, args, { env: { ...process.env, ...env }, stdio });
  proc.stdout.on('data', (d) => out.push(d));
  proc.stderr.on('data', (d) => out.push(d));
  proc.on('exit', () => logFile && writeFileSync(logFile, Buffer.concat(out)));
  proc.log = () => Buffer.concat(out).toString();
  proc.exited = new Promise((r) => proc.on('exit', (code) => r(code)));
  return proc;
}

async function stopProcess(proc, signal = 'SIGTERM') {
  if (!proc || proc.exitCode !== null || proc.signalCode) return;
  proc.kill(signal);
  const timer = setTimeout(() => proc.kill('SIGKILL'), 10000);
  await proc.exited;
  clearTimeout(timer);
}

function writeObsConfig(home, wsPort) {
  const dir = join(home, '.config/obs-studio');
  mkdirSync(join(dir, 'basic/profiles/Landslide'), { recursive: true });
  mkdirSync(join(dir, 'basic/scenes'), { recursive: true });
  // FirstRun skips the wizard; obs-websocket 5.1 (OBS 29) reads its settings here.
  writeFileSync(join(dir, 'global.ini'), [
    '[General]', 'FirstRun=true', 'EnableAutoUpdates=false', '',
    '[Basic]', 'Profile=Landslide', 'ProfileDir=Landslide', 'SceneCollection=Landslide', 'SceneCollectionFile=Landslide', '',
    '[OBSWebSocket]', 'FirstLoad=false', 'ServerEnabled=true', `ServerPort=${wsPort}`, 'AlertsEnabled=false',
    'AuthRequired=false', 'ServerPassword=', '',
  ].join('\n'));
  writeFileSync(join(dir, 'basic/profiles/Landslide/basic.ini'), [
    '[General]', 'Name=Landslide', '',
    '[Video]', 'BaseCX=1280', 'BaseCY=720', 'OutputCX=1280', 'OutputCY=720', 'FPSType=0', 'FPSCommon=25', '',
  ].join('\n'));
}

run('control_obs', async () => {
  const spawnCheck = spawnSync('obs', ['--version'], { encoding: 'utf8' });
  if (spawnCheck.error) skip(`obs-studio is not installed (${spawnCheck.error.code}); apt-get install obs-studio`);
  for (const tool of ['Xvfb', 'openbox'])
    if (spawnSync('which', [tool]).status !== 0) skip(`${tool} is not installed`);

  const dir = scratch('obs');
  const home = join(dir, 'home');
  const streamPort = await freePort(), wsPort = await freePort();
  writeObsConfig(home, wsPort);
  let xvfb, openbox, obs, serve, ws;
  try {
    const x = await startXvfb(join(dir, 'xvfb.log'));
    xvfb = x.proc;
    if (!x.display) skip(`Xvfb did not start: ${xvfb.log()}`);
    const x11 = { DISPLAY: x.display };
    openbox = startProcess('openbox', [], x11, join(dir, 'openbox.log')); // OBS wants an EWMH window manager

    serve = await startServe({ stateDir: join(dir, 'state'), args: ['--feed', byElections(), '--out', `obs:${streamPort}`] });
    const take = await api(serve.httpPort, 'POST', '/api/layers/10/take', { scene: 'test-card', contest: MID_BEDS });
    check(take.status === 200, `take: ${take.text}`);

    obs = startProcess('obs', ['--multi', '--disable-missing-files-check', '--minimize-to-tray'],
      { ...x11, HOME: home, LIBGL_ALWAYS_SOFTWARE: '1', QT_QPA_PLATFORM: 'xcb' }, join(dir, 'obs.log'));
    ws = new OBSWebSocket();
    try {
      await waitFor('obs-websocket', async () => {
        if (obs.exitCode !== null) return 'exited';
        try {
          await ws.connect(`ws://127.0.0.1:${wsPort}`);
          return 'connected';
        } catch {
          return null;
        }
      }, 90000, 1000);
    } catch (e) {
      if (obs.exitCode !== null) skip(`OBS could not start: ${obs.log().slice(-2000)}`);
      throw e;
    }
    if (obs.exitCode !== null) skip(`OBS exited at start (${obs.exitCode}): ${obs.log().slice(-2000)}`);
    const version = await ws.call('GetVersion');
    console.log(`OBS ${version.obsVersion}, obs-websocket ${version.obsWebSocketVersion}`);

    // The Media Source, exactly as the README tells operators to set it up.
    const { currentProgramSceneName: sceneName } = await ws.call('GetCurrentProgramScene');
    await ws.call('CreateInput', {
      sceneName, inputName: 'Landslide', inputKind: 'ffmpeg_source', sceneItemEnabled: true,
      inputSettings: {
        is_local_file: false, input: `tcp://127.0.0.1:${streamPort}`, input_format: 'nut', buffering_mb: 0,
        hw_decode: false, close_when_inactive: false, restart_on_activate: false, reconnect_delay_sec: 1,
      },
    });

    // OBS's picture of the source: the graphic, over transparency, as serve draws it
    // once the entrance has settled.
    const reference = await settled(serve.httpPort, 'the entrance to settle');
    let shot = null, bytes = null;
    try {
      await waitFor('OBS to show the settled graphic', async () => {
        const r = await ws.call('GetSourceScreenshot', { sourceName: 'Landslide', imageFormat: 'png', imageWidth: 1280, imageHeight: 720 });
        bytes = Buffer.from(r.imageData.split(',')[1], 'base64');
        shot = decodePng(bytes);
        return coverage(shot) > 0.05 && difference(shot, reference) < 6 ? shot : null;
      }, 60000, 1000);
    } finally {
      if (bytes) writeFileSync(join(dir, 'obs-screenshot.png'), bytes);
    }
    const clear = transparent(shot), cover = coverage(shot), diff = difference(shot, reference);
    console.log(`OBS screenshot: ${(cover * 100).toFixed(1)}% covered, ${(clear * 100).toFixed(1)}% transparent, ` +
                `difference from program.png ${diff.toFixed(2)}`);
    check(clear > 0.5, 'OBS shows a transparent background');
    check(Math.abs(cover - coverage(reference)) < 0.02, 'OBS shows the graphic where serve draws it');
  } finally {
    if (ws) await ws.disconnect().catch(() => {});
    await stopProcess(obs);
    if (serve) await stopServe(serve);
    await stopProcess(openbox);
    await stopProcess(xvfb);
  }
});
