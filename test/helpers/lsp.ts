/**
 * A minimal LSP client for tests: spawns the built `pjsip-language-server --stdio` and talks JSON-RPC with
 * Content-Length framing, like an editor does. Waits on real messages (no sleeps).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SERVER = path.resolve(__dirname, '../../../server/out/server.js');

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export class LspClient {
  private proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
  private listeners: { method: string; check: (params: Json) => boolean; resolve: (p: Json) => void }[] = [];
  readonly notifications: { method: string; params: Json }[] = [];
  readonly diagnostics = new Map<string, Json[]>();
  stderr = '';

  /** `command`: how to start the server (default: this Node on the built bundle). */
  constructor(args: string[] = ['--stdio'], command: string[] = [process.execPath, SERVER]) {
    this.proc = spawn(command[0], [...command.slice(1), ...args], { stdio: 'pipe' });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.proc.on('exit', (code) => {
      for (const p of this.pending.values())
        p.reject(new Error(`server exited (${code}): ${this.stderr.slice(0, 500)}`));
      this.pending.clear();
    });
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString());
      if (!m) throw new Error('bad header');
      const len = Number(m[1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(head + 4 + len);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined && msg.method) {
      // server -> client request (workspace/configuration, client/registerCapability, ...)
      const result =
        msg.method === 'workspace/configuration' ? (msg.params.items as Json[]).map(() => this.settings) : null;
      this.write({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    this.notifications.push({ method: msg.method, params: msg.params });
    if (msg.method === 'textDocument/publishDiagnostics') this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
    for (const l of [...this.listeners]) {
      if (l.method === msg.method && l.check(msg.params)) {
        this.listeners.splice(this.listeners.indexOf(l), 1);
        l.resolve(msg.params);
      }
    }
  }

  settings: Json = null;

  private write(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = Json>(method: string, params: Json): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: Json): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolve on the next notification of `method` whose params pass `check`. */
  waitFor(method: string, check: (params: Json) => boolean = () => true): Promise<Json> {
    return new Promise((resolve) => this.listeners.push({ method, check, resolve }));
  }

  waitForDiagnostics(uri: string, check: (diags: Json[]) => boolean = () => true): Promise<Json[]> {
    return this.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && check(p.diagnostics)).then(
      (p) => p.diagnostics,
    );
  }

  async initialize(rootPath: string, settings: Json = null, clientName = 'lsp-test'): Promise<Json> {
    this.settings = settings;
    const r = await this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: clientName },
      rootUri: uri(rootPath),
      workspaceFolders: [{ uri: uri(rootPath), name: 'ws' }],
      capabilities: {
        workspace: { configuration: settings !== null },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
    });
    this.notify('initialized', {});
    return r;
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null);
    } catch {
      /* already gone */
    }
    this.notify('exit', null);
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
  }

  /** Resolves with the exit code when the server process ends. */
  exited(): Promise<number | null> {
    return new Promise((resolve) => {
      if (this.proc.exitCode !== null) resolve(this.proc.exitCode);
      else this.proc.once('exit', (c) => resolve(c));
    });
  }

  get exitCode(): number | null {
    return this.proc.exitCode;
  }
}

export function uri(p: string): string {
  return pathToFileURL(p).toString();
}
