// Every curl example in README.md and renderer/control/README.md, run as written
// (only the port, and the token example's host, changed) against a headless serve:
// each must get a reply the API means (200, or 409 where the playout refuses for its
// state), never a refusal of the request itself (400, 411, 413, 415) or a hang.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { byElections, check, MID_BEDS, run, sample, scratch, sourceDir, startServe, stopServe, TAMWORTH } from './lib/serve.mjs';

// The curl lines of a file's sh blocks, comments cut off.
function curlLines(file) {
  const text = readFileSync(join(sourceDir, file), 'utf8');
  const lines = [];
  for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g))
    for (const line of block[1].split('\n'))
      if (line.startsWith('curl ')) lines.push(line.replace(/\s+#.*$/, '').trim());
  return lines;
}

// Lines that may answer 409: the playout refused for its state (nothing to page or to
// re-take, an empty layer to hold), which is still the request taken as the README means.
const STATEFUL = [/\/next$/, /\/retake$/, /\/out$/, /\/auto$/];

function curl(line, cwd, port, tokenPort, token) {
  let command = line.replaceAll('localhost:8088', `localhost:${port}`)
                    .replaceAll('http://playout:8088', `http://127.0.0.1:${tokenPort}`);
  const streaming = /^curl (-sN|-N)\b/.test(line);
  if (streaming) command += ' --max-time 2';
  command += ` -w '\\n%{http_code}'`;
  const started = Date.now();
  const r = spawnSync('bash', ['-c', command], { cwd, env: { ...process.env, TOKEN: token }, encoding: 'utf8', timeout: 20000 });
  const out = r.stdout || '';
  const status = Number(out.slice(out.lastIndexOf('\n') + 1));
  return { command, status, exit: r.status, body: out.slice(0, out.lastIndexOf('\n')), ms: Date.now() - started, streaming };
}

run('control_http_curl', async () => {
  const stateDir = scratch('http-curl');
  const items = [
    { label: 'Mid Beds bars', scene: 'vote-bars', contest: MID_BEDS, layer: 40 },
    { label: 'Tamworth card', scene: 'test-card', contest: TAMWORTH, layer: 41 },
    { label: 'Mid Beds card', scene: 'result-card', contest: MID_BEDS, layer: 42 },
    { label: 'Tamworth bars', scene: 'vote-bars', contest: TAMWORTH, layer: 43 },
  ];
  const showFile = join(stateDir, 'night.show.json');
  writeFileSync(showFile, JSON.stringify({ format: 'landslide-show', version: 1, name: 'Night', items }));
  // results.json as an operator's tools write it: indented, well over curl's 8 KiB form limit.
  writeFileSync(join(stateDir, 'results.json'), JSON.stringify(JSON.parse(readFileSync(byElections(), 'utf8')), null, 24));
  check(readFileSync(join(stateDir, 'results.json')).length > 8192, 'results.json is larger than 8 KiB');
  copyFileSync(sample('ge2024.json'), join(stateDir, 'ge2024.json'));

  const serve = await startServe({ stateDir, args: ['--feed', byElections(), '--show', showFile] });
  const token = 'readme-token';
  const tokenServe = await startServe({ stateDir: scratch('http-curl-token'), args: ['--token', token] });

  try {
  const lines = [...curlLines('README.md'), ...curlLines('renderer/control/README.md')];
  check(lines.length >= 25, `found the README curl lines (${lines.length})`);
  // The issue's own example: a whole general election, with curl's default content type.
  lines.push('curl -s -X POST localhost:8088/api/feed --data-binary @ge2024.json');
  const failures = [];
  for (const line of lines) {
    const r = curl(line, stateDir, serve.httpPort, tokenServe.httpPort, token);
    const stateful = STATEFUL.some((re) => re.test(line.split(' ').find((w) => w.includes('/api/')) || ''));
    let ok;
    if (r.streaming) ok = r.exit === 28 && r.status === 200 && /event: hello/.test(r.body);
    else ok = r.exit === 0 && (r.status === 200 || (stateful && r.status === 409)) && r.ms < 4000;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${r.status} ${r.ms} ms  ${line}`);
    if (!ok) failures.push(`${line}\n    -> exit ${r.exit}, HTTP ${r.status} after ${r.ms} ms: ${r.body.slice(0, 300)}`);
  }
  check(readFileSync(join(stateDir, 'program.png')).subarray(1, 4).toString() === 'PNG', 'curl -o program.png wrote a PNG');
  check(failures.length === 0, `README curl examples that do not work:\n  ${failures.join('\n  ')}`);
  } finally {
    await stopServe(serve);
    await stopServe(tokenServe);
  }
});
