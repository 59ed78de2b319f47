// Plain HTTP requests to the API (node's fetch), and program.png decoded.
import http from 'node:http';
import { decodePng, difference } from './png.mjs';
import { sleep, waitFor } from './serve.mjs';

export async function api(port, method, path, body, headers = {}) {
  const init = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

export const getJson = async (port, path) => (await api(port, 'GET', path)).json;

export async function programImage(port) {
  const res = await fetch(`http://127.0.0.1:${port}/api/program.png`);
  if (res.status !== 200) return null;
  const image = decodePng(Buffer.from(await res.arrayBuffer()));
  image.frame = Number(res.headers.get('x-landslide-frame'));
  return image;
}

// node:http, for headers fetch will not send as given (Host).
export function rawRequest(port, method, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

// The program once whatever the last command started has finished: the channel has
// ticked on by two seconds (longer than any entrance, exit or update animation), and
// program.png shows the same picture twice in a row. Call it after the command's reply.
export async function settled(port, what, timeoutMs = 60000) {
  const from = (await getJson(port, '/api/state')).frame;
  await waitFor(`${what}: two seconds of frames`, async () => (await getJson(port, '/api/state')).frame >= from + 50, timeoutMs);
  let previous = null;
  return waitFor(what, async () => {
    const img = await programImage(port);
    if (img && previous && difference(img, previous) === 0) return img;
    if (img) previous = img;
    await sleep(300);
    return null;
  }, timeoutMs);
}
