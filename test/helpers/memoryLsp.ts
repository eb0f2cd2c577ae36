/**
 * The language server and a client in one process, over a pair of in-memory streams: the same JSON-RPC an
 * editor speaks, without spawning the bundle. Waits on real messages (no sleeps).
 */
import { PassThrough } from 'node:stream';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader as ServerReader,
  StreamMessageWriter as ServerWriter,
  type Connection,
} from 'vscode-languageserver/node';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { startServer } from '../../server/src/server/index';
import { uri } from './lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface InitOptions {
  /** Declare `workspace.didChangeWatchedFiles.dynamicRegistration` (default true). */
  watchedFiles?: boolean;
  /** `initialize`'s locale (`zh-cn`, `en`, ...). */
  locale?: string;
  /** `initialize`'s initializationOptions. */
  initializationOptions?: Json;
}

export class MemoryLsp {
  private client: MessageConnection;
  private server: Connection;
  private listeners: { method: string; check: (params: Json) => boolean; resolve: (p: Json) => void }[] = [];
  private closed = false;
  readonly notifications: { method: string; params: Json }[] = [];
  readonly diagnostics = new Map<string, Json[]>();
  /** `client/registerCapability` registrations received. */
  readonly registrations: Json[] = [];
  /** Messages the server logged (window/logMessage). */
  readonly logs: string[] = [];
  settings: Json = null;

  constructor() {
    const toServer = new PassThrough(),
      toClient = new PassThrough();
    this.server = createConnection(ProposedFeatures.all, new ServerReader(toServer), new ServerWriter(toClient)); // as main.ts
    startServer(this.server);
    this.client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.client.onRequest((method: string, params: Json) => {
      if (method === 'workspace/configuration') return (params.items as Json[]).map(() => this.settings);
      if (method === 'client/registerCapability') {
        this.registrations.push(...params.registrations);
        this.dispatch(method, params);
      }
      return null;
    });
    this.client.onNotification((method: string, params: Json) => this.dispatch(method, params));
    // The JSON-RPC connection keeps $/logTrace for its own tracer; take it like any other notification.
    this.client.onNotification('$/logTrace', (params: Json) => this.dispatch('$/logTrace', params));
    this.client.onClose(() => {
      this.closed = true;
    });
    this.client.listen();
  }

  private dispatch(method: string, params: Json): void {
    this.notifications.push({ method, params });
    if (method === 'textDocument/publishDiagnostics') this.diagnostics.set(params.uri, params.diagnostics);
    if (method === 'window/logMessage') this.logs.push(params.message);
    for (const l of [...this.listeners]) {
      if (l.method === method && l.check(params)) {
        this.listeners.splice(this.listeners.indexOf(l), 1);
        l.resolve(params);
      }
    }
  }

  request<T = Json>(method: string, params: Json): Promise<T> {
    return this.client.sendRequest<T>(method, params);
  }

  notify(method: string, params: Json): void {
    void this.client.sendNotification(method, params);
  }

  /** Resolve on the next notification (or server request) `method` whose params pass `check`. */
  waitFor(method: string, check: (params: Json) => boolean = () => true): Promise<Json> {
    return new Promise((resolve) => this.listeners.push({ method, check, resolve }));
  }

  waitForDiagnostics(u: string, check: (diags: Json[]) => boolean = () => true): Promise<Json[]> {
    return this.waitFor('textDocument/publishDiagnostics', (p) => p.uri === u && check(p.diagnostics)).then(
      (p) => p.diagnostics,
    );
  }

  async initialize(
    rootPath: string,
    settings: Json = null,
    clientName = 'lsp-test',
    opts: InitOptions = {},
  ): Promise<Json> {
    this.settings = settings;
    const r = await this.request('initialize', {
      processId: null,
      clientInfo: { name: clientName },
      rootUri: uri(rootPath),
      ...(opts.locale ? { locale: opts.locale } : {}),
      ...(opts.initializationOptions ? { initializationOptions: opts.initializationOptions } : {}),
      workspaceFolders: [{ uri: uri(rootPath), name: 'ws' }],
      capabilities: {
        workspace: {
          configuration: settings !== null,
          ...(opts.watchedFiles !== false ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
    });
    this.notify('initialized', {});
    return r;
  }

  /** shutdown, then close both ends (no `exit`: in this process it would end the test runner). */
  async stop(): Promise<void> {
    await this.request('shutdown', null);
    this.client.dispose();
    this.server.dispose();
  }

  /** null while the server's connection is up (an editor would see the server as running). */
  get exitCode(): number | null {
    return this.closed ? 1 : null;
  }
}
