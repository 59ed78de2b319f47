// Starts `landslide serve` headless on free ports (port 0; the bound ports are read from
// its stderr) and stops it with SIGTERM, as a service manager would.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

export const binary = process.env.LANDSLIDE_BINARY;
export const sourceDir = process.env.LANDSLIDE_SOURCE_DIR;
export const outputDir = process.env.LANDSLIDE_TEST_OUTPUT || '/tmp/landslide-control-tests';
export const sample = (name) => join(sourceDir, 'feeds/samples', name);
export const byElections = () => sample('by-elections-2023-10-19.json');
export const MID_BEDS = 'E14000813';
export const TAMWORTH = 'E14000986';

if (!binary || !sourceDir) {
  console.error('LANDSLIDE_BINARY and LANDSLIDE_SOURCE_DIR must be set (ctest sets them)');
  process.exit(2);
}

export function scratch(name) {
  mkdirSync(outputDir, { recursive: true });
  return mkdtempSync(join(outputDir, `${name}-`));
}

const serves = []; // every serve of this test, for its log when the test fails

export async function startServe({ stateDir, args = [], env = {}, timeoutMs = 90000 } = {}) {
  const defaults = { '--size': '1280x720', '--fps': '25', '--amcp': '127.0.0.1:0', '--http': '127.0.0.1:0' };
  const argv = ['serve', '--state-dir', stateDir];
  for (const [option, value] of Object.entries(defaults)) if (!args.includes(option)) argv.push(option, value);
  argv.push(...args);
  const proc = spawn(binary, argv, { stdio: ['ignore', 'inherit', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  const serve = { proc, log: () => log, amcpPort: 0, httpPort: 0, exited: null };
  serves.push(serve);
  serve.exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve not ready after ${timeoutMs} ms:\n${log}`)), timeoutMs);
    proc.stderr.on('data', (chunk) => {
      log += chunk.toString();
      const amcp = log.match(/AMCP on [^\s]*:(\d+)/);
      const http = log.match(/HTTP on http:\/\/[^\s]*:(\d+)\//);
      if (amcp) serve.amcpPort = Number(amcp[1]);
      if (http) serve.httpPort = Number(http[1]);
      if (/ready: /.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before it was ready:\n${log}`));
    });
  });
  return serve;
}

export async function stopServe(serve, timeoutMs = 30000) {
  if (serve.proc.exitCode !== null) return serve.exited;
  serve.proc.kill('SIGTERM');
  const timer = setTimeout(() => serve.proc.kill('SIGKILL'), timeoutMs);
  const result = await serve.exited;
  clearTimeout(timer);
  return result;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls fn until it returns a truthy value; throws with the last value after timeoutMs.
export async function waitFor(what, fn, timeoutMs = 20000, everyMs = 100) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    last = await fn();
    if (last) return last;
    await sleep(everyMs);
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

// Runs a test body with a serve process, always stopping it; exits non-zero on failure.
export async function run(name, body) {
  const started = Date.now();
  try {
    await body();
    console.log(`${name}: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(0);
  } catch (e) {
    console.error(`${name}: FAILED: ${e.stack || e}`);
    for (const s of serves) console.error(`--- landslide serve (pid ${s.proc.pid}) said:\n${s.log().slice(-20000)}`);
    process.exit(1);
  }
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
