// A minimal LSP client over stdio for the benchmark: Content-Length framing, requests, waiting on notifications.
import { spawn } from 'node:child_process';

export class StdioClient {
  constructor(command, args) {
    this.proc = spawn(command, args, { stdio: 'pipe' });
    this.buf = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.handlers = new Map();
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.proc.stderr.on('data', (d) => {
      if (process.env.PJSIP_BENCH_DEBUG) process.stderr.write(d);
    });
  }

  onData(d) {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())[1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(head + 4 + len);
      this.dispatch(msg);
    }
  }

  dispatch(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p) p(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      // server -> client request: configuration, registerCapability
      this.write({
        jsonrpc: '2.0',
        id: msg.id,
        result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => ({})) : null,
      });
      return;
    }
    this.handlers.get(msg.method)?.(msg.params);
    for (const l of [...this.listeners]) {
      if (l.method === msg.method && l.check(msg.params)) {
        this.listeners.splice(this.listeners.indexOf(l), 1);
        l.resolve(msg.params);
      }
    }
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Calls `handler` with the params of every notification of `method`. */
  onNotification(method, handler) {
    this.handlers.set(method, handler);
  }

  waitFor(method, check) {
    return new Promise((resolve) => this.listeners.push({ method, check, resolve }));
  }

  async stop() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise((resolve) => (this.proc.exitCode !== null ? resolve() : this.proc.once('exit', resolve)));
  }
}
