/**
 * The LSP glue: documents (incremental sync feeding the incremental parser), config sets, settings, one
 * analysis per config set and version, diagnostics, and one guarded handler per request. No pjsip knowledge
 * lives here: everything is delegated to the pure core (model/, rules/, features/).
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, CompletionItemKind, LSPErrorCodes, DiagnosticSeverity, DiagnosticTag, DocumentHighlightKind, ErrorCodes, FoldingRangeKind,
  InsertTextFormat, MarkupKind, ResponseError, SymbolKind, TextDocumentSyncKind,
  type CancellationToken, type CodeAction, type CompletionItem, type Connection, type Diagnostic as LspDiagnostic,
  type InitializeParams, type InitializeResult, type Location, type Position, type Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeFolder, configDirOf, isRootFile, ROOT_FILE, type Analysis } from './analysis/analyze';
import type { Diagnostic, SourceFile } from './model/types';
import { applySeverityOverrides, type SeverityOverrides } from './rules/severity';
import { getRule } from './rules/registry';
import { applyEdit, parse, positionAt } from './syntax';
import { diskProvider, listDir, toModelPath } from './node/fsProvider';
import * as F from './features';
import { IncludedFilesNotification, type IncludedFilesParams } from './protocol';
import { VERSION } from './version';
import type { CompletionKind, SymbolKindName } from './features';

export interface Settings {
  severity: SeverityOverrides;
  configDir: string;
  pathMap: Record<string, string>;
  format: { style: 'auto' | 'spaced' | 'compact'; blankLineBetweenSections: boolean };
  codeLens: boolean;
}

export const defaultSettings: Settings = {
  severity: {},
  configDir: '',
  pathMap: {},
  format: { style: 'auto', blankLineBetweenSections: true },
  codeLens: true,
};

interface Doc {
  uri: string;
  path: string;
  text: TextDocument;
  file: SourceFile;
}

/** Run a handler; log and swallow failures, honour cancellation. */
async function runSafe<T>(conn: Connection, name: string, token: CancellationToken | undefined, fallback: T, fn: () => T | Promise<T>): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    const r = await fn();
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return r;
  } catch (e) {
    if (e instanceof ResponseError) return e;
    conn.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
    return fallback;
  }
}

export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) return toModelPath(fileURLToPath(uri));
  return uri; // untitled and other schemes: keep the URI as a path-like key
}

export function pathToUri(path: string): string {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path) ? pathToFileURL(path).toString() : path;
}

export function startServer(conn: Connection): void {
  const docs = new Map<string, Doc>();
  const byPath = new Map<string, Doc>();
  const diskCache = new Map<string, { mtime: number; file: SourceFile }>();
  const provider = diskProvider((p) => byPath.get(p)?.file, diskCache);
  const analyses = new Map<string, { analysis: Analysis; stamp: string }>();
  const published = new Map<string, Set<string>>(); // configDir -> uris with diagnostics
  const announced = new Set<string>(); // file URIs already sent with pjsip/includedFiles
  let settings: Settings = defaultSettings;
  let workspaceRoots: string[] = [];
  let supportsConfig = false;
  let vscodeLike = false;
  let validateTimer: NodeJS.Timeout | undefined;
  // Diagnostics wait for the first settings, so that they never flash with default severities.
  let settingsLoaded: () => void = () => {};
  const settingsReady = new Promise<void>((resolve) => { settingsLoaded = resolve; });
  const pendingDirs = new Set<string>();

  conn.onInitialize((params: InitializeParams): InitializeResult => {
    supportsConfig = !!params.capabilities.workspace?.configuration;
    vscodeLike = /code/i.test(params.clientInfo?.name ?? '');
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (!workspaceRoots.length && params.rootUri) workspaceRoots = [uriToPath(params.rootUri)];
    const init = (params.initializationOptions as { settings?: Partial<Settings> } | undefined)?.settings;
    if (init) settings = mergeSettings(init);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['=', ',', '/', '(', '!', '#', ' ', '|'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
      },
      serverInfo: { name: 'pjsip-language-server', version: VERSION },
    };
  });

  conn.onInitialized(() => {
    void refreshSettings();
  });

  async function refreshSettings(): Promise<void> {
    if (supportsConfig) {
      try {
        const s = await conn.workspace.getConfiguration('pjsip');
        if (s && typeof s === 'object') settings = mergeSettings(s as Partial<Settings>);
      } catch { /* keep the previous settings */ }
    }
    settingsLoaded();
    analyses.clear();
    dirCache.clear();
    for (const d of docs.values()) schedule(configDirFor(d.path));
  }

  conn.onDidChangeConfiguration((p) => {
    const s = (p.settings as { pjsip?: Partial<Settings> } | undefined)?.pjsip;
    if (s && !supportsConfig) settings = mergeSettings(s);
    void refreshSettings();
  });

  // ---- documents ------------------------------------------------------------------------------------------

  conn.onDidOpenTextDocument((p) => {
    const path = uriToPath(p.textDocument.uri);
    const doc: Doc = { uri: p.textDocument.uri, path, text: TextDocument.create(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text), file: { path, text: p.textDocument.text, tree: parse(p.textDocument.text) } };
    docs.set(doc.uri, doc);
    byPath.set(path, doc);
    schedule(configDirFor(path), 0);
  });

  conn.onDidChangeTextDocument((p) => {
    const doc = docs.get(p.textDocument.uri);
    if (!doc) return;
    let tree = doc.file.tree;
    for (const ch of p.contentChanges) {
      if ('range' in ch) {
        const start = doc.text.offsetAt(ch.range.start);
        const end = doc.text.offsetAt(ch.range.end);
        tree = applyEdit(tree, { start, end, text: ch.text });
      } else {
        tree = parse(ch.text);
      }
      doc.text = TextDocument.update(doc.text, [ch], p.textDocument.version);
    }
    doc.file = { path: doc.path, text: tree.text, tree };
    schedule(configDirFor(doc.path));
  });

  conn.onDidCloseTextDocument((p) => {
    const doc = docs.get(p.textDocument.uri);
    if (!doc) return;
    docs.delete(p.textDocument.uri);
    byPath.delete(doc.path);
    schedule(configDirFor(doc.path), 0);
  });

  conn.onDidChangeWatchedFiles((p) => {
    if (p.changes.some((ch) => isRootFile(uriToPath(ch.uri)))) dirCache.clear(); // config folders may have moved
    for (const ch of p.changes) {
      const path = uriToPath(ch.uri);
      diskCache.delete(path);
      schedule(configDirFor(path));
    }
  });

  // ---- config sets and analyses ---------------------------------------------------------------------------

  function resolveSettingPath(p: string): string {
    const root = workspaceRoots[0] ?? process.cwd();
    const expanded = p.replace(/\$\{workspaceFolder\}/g, root);
    return toModelPath(nodePath.isAbsolute(expanded) ? expanded : nodePath.join(root, expanded));
  }

  const dirCache = new Map<string, string>();

  /** The config folder of a file: the configured one when the file is inside it, else the nearest folder with pjsip.conf. */
  function configDirFor(path: string): string {
    let dir = dirCache.get(path);
    if (dir === undefined) dirCache.set(path, (dir = findConfigDir(path)));
    return dir;
  }

  function findConfigDir(path: string): string {
    return configDirOf(path, (p) => byPath.has(p) || fs.existsSync(p), settings.configDir ? resolveSettingPath(settings.configDir) : undefined);
  }

  function pathMapFor(dir: string) {
    const entries = Object.entries(settings.pathMap);
    if (!entries.length) return [{ from: '/etc/asterisk', to: dir }];
    return entries.map(([from, to]) => ({ from: toModelPath(from), to: resolveSettingPath(to) }));
  }

  function stampOf(a: Analysis | undefined, extra: string[]): string {
    if (!a) return '';
    const parts: string[] = [];
    for (const p of [...a.files.keys(), ...extra]) {
      const d = byPath.get(p);
      if (d) parts.push(`${p}@v${d.text.version}`);
      else {
        try { parts.push(`${p}@${fs.statSync(p).mtimeMs}`); } catch { parts.push(`${p}@-`); }
      }
    }
    return parts.join('|');
  }

  /** The analysis of a config set, recomputed only when one of its files changed. */
  function analysisFor(dir: string): Analysis {
    const extra = [...byPath.keys()].filter((p) => configDirFor(p) === dir);
    const cached = analyses.get(dir);
    if (cached) {
      const stamp = stampOf(cached.analysis, extra);
      if (stamp === cached.stamp && extra.every((p) => cached.analysis.files.has(p))) return cached.analysis;
    }
    const analysis = analyzeFolder(dir, provider, extra, pathMapFor(dir));
    analyses.set(dir, { analysis, stamp: stampOf(analysis, extra) });
    return analysis;
  }

  function docAnalysis(uri: string): { doc: Doc; a: Analysis; file: SourceFile } | undefined {
    const doc = docs.get(uri);
    if (!doc) return undefined;
    const a = analysisFor(configDirFor(doc.path));
    return { doc, a, file: a.files.get(doc.path) ?? doc.file };
  }

  function schedule(dir: string, delay = 200): void {
    pendingDirs.add(dir);
    if (validateTimer) clearTimeout(validateTimer);
    validateTimer = setTimeout(async () => {
      validateTimer = undefined;
      await settingsReady;
      const dirs = [...pendingDirs];
      pendingDirs.clear();
      for (const d of dirs) {
        try { publish(d); } catch (e) { conn.console.error(`validation failed: ${(e as Error).stack ?? e}`); }
      }
    }, delay);
  }

  function publish(dir: string): void {
    const hasOpen = [...byPath.keys()].some((p) => configDirFor(p) === dir);
    const before = published.get(dir) ?? new Set<string>();
    const now = new Set<string>();
    if (hasOpen) {
      const a = analysisFor(dir);
      const diags = applySeverityOverrides(a.diagnostics, settings.severity);
      const byFile = new Map<string, Diagnostic[]>();
      for (const p of a.files.keys()) byFile.set(p, []);
      for (const d of diags) byFile.get(d.path)?.push(d);
      for (const [p, list] of byFile) {
        const file = a.files.get(p)!;
        const uri = byPath.get(p)?.uri ?? pathToUri(p);
        now.add(uri);
        void conn.sendDiagnostics({ uri, version: byPath.get(p)?.text.version, diagnostics: list.map((d) => toLspDiagnostic(d, file)) });
      }
    }
    for (const uri of before) if (!now.has(uri)) void conn.sendDiagnostics({ uri, diagnostics: [] });
    published.set(dir, now);
    // Tell the client which files belong to a config set, so that included files with any name become pjsip.
    const fresh = [...now].filter((u) => !announced.has(u));
    if (fresh.length) {
      for (const u of fresh) announced.add(u);
      void conn.sendNotification(IncludedFilesNotification, { uris: [...announced] } satisfies IncludedFilesParams);
    }
  }

  // ---- conversions ----------------------------------------------------------------------------------------

  function range(file: SourceFile, start: number, end: number): Range {
    return { start: positionAt(file.tree, start), end: positionAt(file.tree, end) };
  }

  function fileOf(a: Analysis, path: string): SourceFile | undefined {
    return a.files.get(path) ?? byPath.get(path)?.file ?? provider.read(path);
  }

  const TAGS: Record<string, DiagnosticTag[] | undefined> = { deprecated: [DiagnosticTag.Deprecated], unnecessary: [DiagnosticTag.Unnecessary] };
  // The rule docs ship next to the server bundle (docs/rules.md in the repository and in the .vsix; out/rules.md
  // in the npm package).
  const rulesDoc = [nodePath.join(__dirname, '../../docs/rules.md'), nodePath.join(__dirname, 'rules.md')].find((p) => fs.existsSync(p));
  const rulesDocUri = rulesDoc ? pathToFileURL(rulesDoc).toString() : undefined;

  function toLspDiagnostic(d: Diagnostic, file: SourceFile): LspDiagnostic {
    return {
      range: range(file, d.start, d.end),
      severity: { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint }[d.severity],
      code: d.code,
      codeDescription: rulesDocUri ? { href: `${rulesDocUri}#${d.code}` } : undefined,
      source: 'pjsip',
      message: d.message,
      tags: TAGS[getRule(d.code)?.tag ?? ''],
      relatedInformation: d.related?.map((r) => {
        const f = byPath.get(r.path)?.file ?? provider.read(r.path);
        return { location: { uri: byPath.get(r.path)?.uri ?? pathToUri(r.path), range: f ? range(f, r.start, r.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: r.message };
      }),
    };
  }

  function offsetOf(doc: Doc, pos: Position): number {
    return doc.text.offsetAt(pos);
  }

  function location(a: Analysis, path: string, start: number, end: number): Location | undefined {
    const f = fileOf(a, path);
    if (!f) return undefined;
    return { uri: byPath.get(path)?.uri ?? pathToUri(path), range: range(f, start, end) };
  }

  // ---- requests -------------------------------------------------------------------------------------------

  const completionKind: Record<CompletionKind, CompletionItemKind> = {
    option: CompletionItemKind.Property, value: CompletionItemKind.Value, enum: CompletionItemKind.EnumMember, boolean: CompletionItemKind.Keyword,
    type: CompletionItemKind.Class, section: CompletionItemKind.Reference, template: CompletionItemKind.Class, file: CompletionItemKind.File,
    folder: CompletionItemKind.Folder, directive: CompletionItemKind.Keyword, codec: CompletionItemKind.Constant, prefix: CompletionItemKind.Module,
  };

  conn.onCompletion((p, token) => runSafe(conn, 'completion', token, [] as CompletionItem[], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return [];
    const style = settings.format.style === 'auto' ? F.detectStyle(x.file) : settings.format.style;
    const items = F.complete(x.a, x.file, offsetOf(x.doc, p.position), { style, listDir });
    return items.map((c): CompletionItem => ({
      label: c.label,
      kind: completionKind[c.kind],
      detail: c.detail,
      documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
      textEdit: { range: range(x.file, c.start, c.end), newText: c.insertText ?? c.label },
      insertTextFormat: InsertTextFormat.PlainText,
      filterText: c.filterText,
      sortText: c.sortText,
      tags: c.deprecated ? [1] : undefined,
      command: c.retrigger && vscodeLike ? { title: 'suggest', command: 'editor.action.triggerSuggest' } : undefined,
    }));
  }));

  conn.onHover((p, token) => runSafe(conn, 'hover', token, null, () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return null;
    const h = F.hover(x.a, x.file, offsetOf(x.doc, p.position));
    return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: range(x.file, h.start, h.end) } : null;
  }));

  conn.onDefinition((p, token) => runSafe(conn, 'definition', token, [], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return [];
    return F.definition(x.a, x.file, offsetOf(x.doc, p.position)).flatMap((t) => {
      const f = fileOf(x.a, t.path);
      if (!f) return [];
      return [{
        originSelectionRange: range(x.file, t.originStart, t.originEnd),
        targetUri: byPath.get(t.path)?.uri ?? pathToUri(t.path),
        targetRange: range(f, t.start, t.end),
        targetSelectionRange: range(f, t.selStart, t.selEnd),
      }];
    });
  }));

  conn.onReferences((p, token) => runSafe(conn, 'references', token, [], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return [];
    return F.references(x.a, x.file, offsetOf(x.doc, p.position), p.context.includeDeclaration)
      .map((s) => location(x.a, s.path, s.start, s.end)).filter((l): l is Location => !!l);
  }));

  conn.onDocumentHighlight((p, token) => runSafe(conn, 'highlight', token, [], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return [];
    return F.highlights(x.a, x.file, offsetOf(x.doc, p.position)).map((h) => ({ range: range(x.file, h.span.start, h.span.end), kind: h.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
  }));

  conn.onPrepareRename((p, token) => runSafe(conn, 'prepareRename', token, null, () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return null;
    const r = F.prepareRename(x.a, x.file, offsetOf(x.doc, p.position));
    if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return { range: range(x.file, r.span.start, r.span.end), placeholder: r.placeholder };
  }));

  conn.onRenameRequest((p, token) => runSafe(conn, 'rename', token, null, () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return null;
    const r = F.rename(x.a, x.file, offsetOf(x.doc, p.position), p.newName);
    if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    const changes: Record<string, { range: Range; newText: string }[]> = {};
    for (const e of r.edits) {
      const f = fileOf(x.a, e.path);
      if (!f) continue;
      const uri = byPath.get(e.path)?.uri ?? pathToUri(e.path);
      (changes[uri] ??= []).push({ range: range(f, e.start, e.end), newText: e.newText });
    }
    return { changes };
  }));

  const symbolKind: Record<SymbolKindName, SymbolKind> = {
    object: SymbolKind.Object, class: SymbolKind.Class, module: SymbolKind.Module, property: SymbolKind.Property, namespace: SymbolKind.Namespace,
    interface: SymbolKind.Interface, struct: SymbolKind.Struct, event: SymbolKind.Event, key: SymbolKind.Key, file: SymbolKind.File,
  };

  conn.onDocumentSymbol((p, token) => runSafe(conn, 'documentSymbol', token, [], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return [];
    const conv = (s: F.DocSymbol): import('vscode-languageserver').DocumentSymbol => ({
      name: s.name, detail: s.detail, kind: symbolKind[s.kind], range: range(x.file, s.start, s.end), selectionRange: range(x.file, s.selStart, s.selEnd), children: s.children.map(conv),
    });
    return F.documentSymbols(x.a, x.file).map(conv);
  }));

  conn.onWorkspaceSymbol((p, token) => runSafe(conn, 'workspaceSymbol', token, [], () => {
    const dirs = new Set<string>([...byPath.keys()].map(configDirFor));
    for (const r of workspaceRoots) if (fs.existsSync(`${r}/${ROOT_FILE}`)) dirs.add(r);
    const out: import('vscode-languageserver').SymbolInformation[] = [];
    for (const dir of dirs) {
      const a = analysisFor(dir);
      for (const s of F.workspaceSymbols(a, p.query)) {
        const loc = location(a, s.path, s.start, s.end);
        if (loc) out.push({ name: s.name, kind: symbolKind[s.kind], location: loc, containerName: s.detail });
      }
    }
    return out;
  }));

  conn.onFoldingRanges((p, token) => runSafe(conn, 'folding', token, [], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return [];
    return F.foldingRanges(x.a, x.file).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: r.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region }));
  }));

  conn.onCodeLens((p, token) => runSafe(conn, 'codeLens', token, [], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x || !settings.codeLens) return [];
    return F.codeLenses(x.a, x.file).map((l) => {
      const r = range(x.file, l.start, l.end);
      const locations = l.locations.map((s) => location(x.a, s.path, s.start, s.end)).filter((v): v is Location => !!v);
      return {
        range: r,
        command: vscodeLike && locations.length
          ? { title: l.title, command: 'pjsip.showReferences', arguments: [x.doc.uri, r.start, locations] }
          : { title: l.title, command: '' },
      };
    });
  }));

  conn.onDocumentLinks((p, token) => runSafe(conn, 'documentLinks', token, [], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return [];
    return F.documentLinks(x.a, x.file).map((l) => ({ range: range(x.file, l.start, l.end), target: byPath.get(l.target)?.uri ?? pathToUri(l.target) }));
  }));

  conn.onCodeAction((p, token) => runSafe(conn, 'codeAction', token, [] as CodeAction[], () => {
    const x = docAnalysis(p.textDocument.uri);
    if (!x) return [];
    // The fixes come from the current analysis: a diagnostic the editor shows is matched to a live one by its
    // rule and range; one that is no longer current gets no fix.
    const live = x.a.diagnostics.filter((d) => d.path === x.doc.path);
    const chosen = p.context.diagnostics.filter((d) => d.source === 'pjsip' && typeof d.code === 'string').flatMap((d) => {
      const start = x.doc.text.offsetAt(d.range.start), end = x.doc.text.offsetAt(d.range.end);
      const m = live.find((l) => l.code === d.code && l.start === start && l.end === end);
      return m ? [m] : [];
    });
    return F.codeActions(x.a, x.file, chosen, { style: settings.format.style }).map((ca): CodeAction => {
      const changes: Record<string, { range: Range; newText: string }[]> = {};
      for (const e of ca.edits) {
        const f = fileOf(x.a, e.path);
        if (!f) continue;
        (changes[byPath.get(e.path)?.uri ?? pathToUri(e.path)] ??= []).push({ range: range(f, e.start, e.end), newText: e.newText });
      }
      const d = p.context.diagnostics.find((dd) => dd.code === ca.code);
      return { title: ca.title, kind: CodeActionKind.QuickFix, isPreferred: ca.isPreferred, diagnostics: d ? [d] : undefined, edit: { changes } };
    });
  }));

  const formatEdits = (uri: string, startLine?: number, endLine?: number) => {
    const x = docAnalysis(uri);
    if (!x) return [];
    return F.format(x.doc.file, { style: settings.format.style, blankLineBetweenSections: settings.format.blankLineBetweenSections, startLine, endLine })
      .map((e) => ({ range: range(x.doc.file, e.start, e.end), newText: e.newText }));
  };
  conn.onDocumentFormatting((p, token) => runSafe(conn, 'format', token, [], () => formatEdits(p.textDocument.uri)));
  conn.onDocumentRangeFormatting((p, token) => runSafe(conn, 'rangeFormat', token, [], () => formatEdits(p.textDocument.uri, p.range.start.line, p.range.end.character === 0 && p.range.end.line > p.range.start.line ? p.range.end.line - 1 : p.range.end.line)));

  conn.onShutdown(() => {
    if (validateTimer) clearTimeout(validateTimer);
  });

  conn.listen();
}

export function mergeSettings(s: Partial<Settings>): Settings {
  return {
    severity: { ...(s.severity ?? {}) },
    configDir: typeof s.configDir === 'string' ? s.configDir : '',
    pathMap: s.pathMap && typeof s.pathMap === 'object' ? { ...s.pathMap } : {},
    format: { ...defaultSettings.format, ...(s.format ?? {}) },
    codeLens: s.codeLens !== false,
  };
}
