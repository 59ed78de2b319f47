// Reads GET /api/events (server-sent events) in the background into a list.
export async function openEvents(port, headers = {}) {
  const controller = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/api/events`, { signal: controller.signal, headers });
  const stream = { status: res.status, events: [], ended: false, close: () => controller.abort() };
  if (res.status !== 200) return stream;
  (async () => {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += decoder.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const event = {};
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event.name = line.slice(7);
            else if (line.startsWith('data: ')) event.data = JSON.parse(line.slice(6));
            else if (line.startsWith('id: ')) event.id = Number(line.slice(4));
          }
          if (event.name) stream.events.push(event);
        }
      }
    } catch {
      // aborted
    }
    stream.ended = true;
  })();
  return stream;
}
