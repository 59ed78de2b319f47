// A byte-exact AMCP transcript against a headless `landslide serve`: every command and
// every error path, with the CasparCG Server 2.3 source each reply follows. Sources are
// files of github.com/CasparCG/server under src/protocol/amcp/ unless named otherwise:
//   Strategy = AMCPProtocolStrategy.cpp (Parse, interpret_command_string, tokenize)
//   Queue    = AMCPCommandQueue.cpp (exec_cmd: exceptions → 402/403/404/501 … FAILED)
//   Impl     = AMCPCommandsImpl.cpp (the commands), Command = AMCPCommand.cpp (send_reply)
//   Scanner  = github.com/CasparCG/media-scanner src/app.js (GET /tls, which TLS relays)
import { RawAmcp } from './lib/amcp.mjs';
import { getJson } from './lib/http.mjs';
import { byElections, check, run, scratch, startServe, stopServe } from './lib/serve.mjs';

const version = process.env.LANDSLIDE_VERSION || '0.1.0';
const xmlHead =
  '<?xml version="1.0" encoding="utf-8"?>\n<channel>\n   <framerate>25</framerate>\n   <framerate>1</framerate>\n' +
  '   <format>720p2500</format>\n   <mixer>\n      <audio>\n         <volume>0</volume>\n' +
  '         <volume>0</volume>\n      </audio>\n   </mixer>\n';
const cg = (n, template, contest, page, state) =>
  `                  <cg_${n}>\n                     <template>${template}</template>\n` +
  `                     <contest>${contest}</contest>\n                     <page>${page}</page>\n` +
  `                     <state>${state}</state>\n                  </cg_${n}>\n`;
const layer = (n, cgs) =>
  `         <layer_${n}>\n            <foreground>\n               <producer>landslide</producer>\n` +
  `               <cg>\n${cgs}               </cg>\n            </foreground>\n         </layer_${n}>\n`;
const stage = (layers) => `   <stage>\n      <layer>\n${layers}      </layer>\n   </stage>\n`;
const info = (body) => `201 INFO OK\r\n${xmlHead}${body}</channel>\n\r\n`;

const dataMid = '"{\\"contest\\":\\"E14000813\\",\\"title\\":\\"MID BEDFORDSHIRE\\"}"';
const xmlTamworth =
  '"<templateData><componentData id=\\"contest\\"><data id=\\"text\\" value=\\"E14000986\\"/></componentData></templateData>"';

// [line sent (CRLF added), exact reply, source]
function transcript(tls) {
  return [
    ['PING', 'PONG\r\n', 'Strategy Parse: PING answered before anything else'],
    ['ping landslide 1', 'PONG landslide 1\r\n', 'Strategy Parse: the tokens after PING echoed'],
    ['VERSION', `201 VERSION OK\r\n2.3.0 Landslide ${version}\r\n`, 'Impl version_command'],
    ['version server', `201 VERSION OK\r\n2.3.0 Landslide ${version}\r\n`, 'Impl version_command (case, parameters ignored)'],
    ['REQ v1 VERSION', `RES v1 201 VERSION OK\r\n2.3.0 Landslide ${version}\r\n`, 'Command send_reply: RES prefix'],
    ['INFO', '200 INFO OK\r\n1 720p2500 PLAYING\r\n\r\n', 'Impl info_command'],
    ['INFO 0', '401 INFO ERROR\r\n', 'Landslide: channel 0 is no channel (CasparCG reads plain INFO)'],
    ['INFO 1', info(''), 'Impl info_channel_command (no stage entries when empty)'],
    ['INFO 2', '401 INFO ERROR\r\n', 'Strategy: channels.at() out_of_range → channel_error'],
    ['TLS', tls, 'Scanner GET /tls: upper-cased ids, one a line, empty line'],
    // Protocol errors.
    ['FOO', '400 ERROR\r\nFOO\r\n', 'Strategy: command_error echoes the line'],
    ['', '400 ERROR\r\n\r\n', 'Strategy: no tokens → command_error'],
    ['REQ e1 FOO 1', 'RES e1 400 ERROR\r\nREQ e1 FOO 1\r\n', 'Strategy: RES prefix on protocol errors'],
    ['REQ p1 PING', 'RES p1 400 ERROR\r\nREQ p1 PING\r\n', 'Strategy: PING is matched before REQ only'],
    ['REQ', '402  ERROR\r\n', 'Strategy: REQ without an id → parameters_error, empty name'],
    ['CG 1-10 FOO 1', '400 ERROR\r\nCG 1-10 FOO 1\r\n', 'amcp_command_repository find_command: no CG FOO'],
    ['CG 2-10 ADD 1 test-card 1', '401 CG ERROR\r\n', 'Strategy: channel 2 does not exist'],
    ['FOO 3', '401 FOO ERROR\r\n', 'Strategy: the channel is looked up before the command'],
    // Landslide parses addresses strictly; CasparCG would read these as a shorter address.
    ['CLEAR 1-99999999999', '401 CLEAR ERROR\r\n', 'Landslide: layer overflow (CasparCG: the whole channel)'],
    ['CLEAR 1-abc', '401 CLEAR ERROR\r\n', 'Landslide: layer not a number (CasparCG: the whole channel)'],
    ['CLEAR 1-20-3', '401 CLEAR ERROR\r\n', 'Landslide: trailing text'],
    ['CLEAR 1-10000', '401 CLEAR ERROR\r\n', 'Landslide: video layer past 9999'],
    ['CG 1-2147483648 ADD 1 test-card 1', '401 CG ERROR\r\n', 'Landslide: int overflow (not another layer)'],
    ['CG 1--5 ADD 1 test-card 1', '401 CG ERROR\r\n', 'Landslide: negative layer'],
    ['"" INFO', '401  ERROR\r\n', 'Strategy: at(0) of an empty first token throws out_of_range'],
    ['CG 1-10 ADD 1 test-card', '402 CG ERROR\r\n', 'Strategy: fewer than CG ADD\'s 3 parameters'],
    ['CG 1-10 ADD 1 "test-card 1', '402 CG ERROR\r\n', 'Strategy tokenize: an unclosed quote runs to the end'],
    ['CG 1-10 UPDATE 1', '402 CG ERROR\r\n', 'Strategy: CG UPDATE needs 2'],
    // Command failures.
    ['CG 1-10 ADD x test-card 1', '501 CG ADD FAILED\r\n', 'Queue: std::stoi → invalid_argument → catch (...)'],
    ['CG 1-10 ADD 99999999999 test-card 1', '402 CG ADD FAILED\r\n', 'Queue: std::stoi → out_of_range'],
    ['CG 1-10 ADD 1 test-card label', '402 CG ADD FAILED\r\n', 'Impl cg_add_command: label without a flag'],
    ['CG 1-10 ADD 1 test-card 1 ""', '402 CG ADD FAILED\r\n', 'Impl cg_add_command: empty data at(0)'],
    ['CG 1-10 ADD 1 no-such-scene 1', '404 CG ADD FAILED\r\n', 'Impl cg_add_command: file_not_found'],
    ['CG 1-10 ADD 1 test-card 1 "{broken"', '403 CG ADD FAILED\r\n', 'Landslide: data that does not parse'],
    ['CG 1-10 ADD 100 test-card 1', '403 CG ADD FAILED\r\n', 'Landslide: CG layer past 99 has no playout layer'],
    ['CG 1-10 STOP 1', '403 CG STOP FAILED\r\n', 'Impl get_expected_cg_proxy: nothing on 1-10'],
    ['CG 1-10 NEXT 1', '403 CG NEXT FAILED\r\n', 'Impl get_expected_cg_proxy'],
    ['CG 1-10 REMOVE 1', '403 CG REMOVE FAILED\r\n', 'Impl get_expected_cg_proxy'],
    ['CG 1-10 INVOKE 1 next', '403 CG INVOKE FAILED\r\n', 'Impl get_expected_cg_proxy'],
    ['CG 1-10 UPDATE 1 "{}"', '403 CG UPDATE FAILED\r\n', 'Impl get_expected_cg_proxy'],
    ['CG 1-10 UPDATE 1 ""', '402 CG UPDATE FAILED\r\n', 'Impl cg_update_command: empty data at(0)'],
    ['CG 1-10 UPDATE x "{}"', '501 CG UPDATE FAILED\r\n', 'Queue: std::stoi → invalid_argument'],
    ['CG 1-10 PLAY 1', '202 CG OK\r\n', 'Impl cg_play_command: get_proxy, no error when empty'],
    ['CG 1-10 CLEAR', '202 CG OK\r\n', 'Impl cg_clear_command'],
    // Playout: Mid Bedfordshire on 1-10 (playout layer 1001), Tamworth cued on 1-20.
    [`cg 1-10 add 1 "test-card" 1 ${dataMid}`, '202 CG OK\r\n', 'Impl cg_add_command'],
    ['INFO 1', info(stage(layer(10, cg(1, 'test-card', 'E14000813', 0, 'playing')))), 'Impl info_channel_command'],
    ['CG 1-10 UPDATE 1 "{\\"title\\":\\"CHANGED\\"}"', '202 CG OK\r\n', 'Impl cg_update_command'],
    ['CG 1-10 NEXT 1', '202 CG OK\r\n', 'Impl cg_next_command'],
    ['CG 1-10 NEXT 1', '202 CG OK\r\n', 'Impl cg_next_command (no further page: ignored)'],
    ['CG 1-10 INVOKE 1 hold', '201 CG OK\r\n\r\n', 'Impl cg_invoke_command: one (empty) result line'],
    ['CG 1-10 INVOKE 1 nonsense', '403 CG INVOKE FAILED\r\n', 'Landslide: methods are next, out, play, retake, auto, hold, remove'],
    ['CG 1-10 REMOVE 7', '202 CG OK\r\n', 'Impl cg_remove_command: the video layer has a graphic'],
    [`CG 1-20 ADD 1 VOTE-BARS 0 ${xmlTamworth}`, '202 CG OK\r\n', 'Impl cg_add_command: templateData XML, no play'],
    [
      'INFO 1',
      info(stage(layer(10, cg(1, 'test-card', 'E14000813', 1, 'playing')) + layer(20, cg(1, 'vote-bars', 'E14000986', 0, 'cued')))),
      'Impl info_channel_command',
    ],
    ['CG 1-20 PLAY 1', '202 CG OK\r\n', 'Impl cg_play_command'],
    ['REQ s1 CG 1-10 STOP 1', 'RES s1 202 CG OK\r\n', 'Impl cg_stop_command'],
    ['CG 1-20 REMOVE 1', '202 CG OK\r\n', 'Impl cg_remove_command'],
    ['CG 1-30 ADD 5 test-card 1', '202 CG OK\r\n', 'Impl cg_add_command'],
    ['CLEAR 1-30', '202 CLEAR OK\r\n', 'Impl clear_command: one layer'],
    ['CG 1-40 ADD 1 test-card 1', '202 CG OK\r\n', 'Impl cg_add_command'],
    ['CG 1-40 CLEAR', '202 CG OK\r\n', 'Impl cg_clear_command'],
    ['CG 1-50 ADD 1 test-card 1', '202 CG OK\r\n', 'Impl cg_add_command'],
    ['CLEAR 1', '202 CLEAR OK\r\n', 'Impl clear_command: the whole channel'],
    // Bytes that are not UTF-8 are dropped before the echo (CasparCG decodes input as UTF-8).
    [Buffer.from([0xff, 0xfe, 0x46, 0x4f, 0x4f]), '400 ERROR\r\nFOO\r\n', 'strategy_adapters: to_unicode'],
  ];
}

run('control_amcp_transcript', async () => {
  const serve = await startServe({ stateDir: scratch('transcript'), args: ['--feed', byElections()] });
  try {
    const scenes = await getJson(serve.httpPort, '/api/scenes');
    const tls = `200 TLS OK\r\n${scenes.map((s) => s.name.toUpperCase()).sort().map((n) => n + '\r\n').join('')}\r\n`;
    const c = await RawAmcp.connect(serve.amcpPort);
    let n = 0;
    for (const [line, expected, source] of transcript(tls)) {
      c.send(line);
      const got = (await c.read(Buffer.byteLength(expected))).toString('utf8');
      check(got === expected, `step ${n} ${JSON.stringify(String(line))} (${source}):\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got)}`);
      n++;
    }
    // Nothing more than the replies above came.
    c.send('PING end');
    check((await c.readLine()) === 'PONG end\r\n', 'stray bytes after the transcript');

    // A line past the limit is refused unread; the connection keeps working.
    c.sendRaw(Buffer.alloc(200 * 1024, 'x'));
    c.send('');
    check((await c.readLine()) === '400 ERROR\r\n', 'overlong line: 400');
    check((await c.readLine()) === 'line longer than 131072 bytes\r\n', 'overlong line: reason');
    c.send('PING');
    check((await c.readLine()) === 'PONG\r\n', 'after an overlong line');
    n += 2;

    // BYE: no reply, the connection closes (Impl bye_command).
    c.send('BYE');
    check(await c.waitClosed(), 'BYE closes the connection');
    check(c.buffer.length === 0, 'BYE answers nothing');
    n++;

    // Every command went to the as-run log.
    const asRun = await getJson(serve.httpPort, '/api/asrun?count=200');
    check(asRun.some((e) => e.source === 'amcp' && e.command === 'CUE' && e.scene === 'vote-bars'), 'as-run has the cue');
    check(asRun.some((e) => e.source === 'amcp' && e.command === 'TAKE' && e.result.startsWith('unknown scene')), 'as-run has the refusal');
    check(asRun.filter((e) => e.source === 'amcp' && e.command === 'CLEAR ALL').length === 1, 'as-run has CLEAR 1');
    console.log(`${n} exchanges matched byte for byte`);
  } finally {
    await stopServe(serve);
  }
});
