// A raw AMCP client: bytes in, bytes out, so replies can be checked byte for byte.
import net from 'node:net';

export class RawAmcp {
  static connect(port, host = '127.0.0.1') {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ port, host });
      socket.once('connect', () => resolve(new RawAmcp(socket)));
      socket.once('error', reject);
    });
  }

  constructor(socket) {
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    this.closed = false;
    this.waiters = [];
    socket.setNoDelay(true);
    socket.on('data', (d) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      this.notify();
    });
    socket.on('close', () => {
      this.closed = true;
      this.notify();
    });
    socket.on('error', () => {});
  }

  notify() {
    for (const w of this.waiters.splice(0)) w();
  }

  waitChange(ms) {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  send(line) {
    this.socket.write(Buffer.concat([Buffer.isBuffer(line) ? line : Buffer.from(line, 'utf8'), Buffer.from('\r\n')]));
  }

  sendRaw(bytes) {
    this.socket.write(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'));
  }

  // Reads exactly n bytes (fewer if the connection closes or the time runs out).
  async read(n, timeoutMs = 10000) {
    const until = Date.now() + timeoutMs;
    while (this.buffer.length < n && !this.closed && Date.now() < until) await this.waitChange(until - Date.now());
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(out.length);
    return out;
  }

  // Reads one line (CRLF included).
  async readLine(timeoutMs = 10000) {
    const until = Date.now() + timeoutMs;
    let i;
    while ((i = this.buffer.indexOf('\r\n')) < 0 && !this.closed && Date.now() < until)
      await this.waitChange(until - Date.now());
    if (i < 0) return null;
    const line = this.buffer.subarray(0, i + 2).toString('utf8');
    this.buffer = this.buffer.subarray(i + 2);
    return line;
  }

  async waitClosed(timeoutMs = 5000) {
    const until = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < until) await this.waitChange(until - Date.now());
    return this.closed;
  }

  close() {
    this.socket.destroy();
  }
}
