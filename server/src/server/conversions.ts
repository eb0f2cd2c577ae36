/**
 * Conversions between the core's plain data (paths, offsets, rule diagnostics, feature kinds) and LSP types.
 * The only file of the shell that imports the core's types (`Diagnostic`, `SourceFile`, `FileProvider`) from model/.
 */
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  SymbolKind,
  type Diagnostic as LspDiagnostic,
  type Location,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { FileProvider, SourceFile } from '../model/types';
import type { Diagnostic } from '../rules/diagnostic';
import type { CompletionKind, SymbolKindName } from '../features';
import { getRule } from '../rules/registry';
import { renderMessage, renderPart } from '../i18n/messages';
import type { Locale } from '../i18n/locale';
import { positionAt } from '../syntax';
import { exists, toModelPath } from '../node/fsProvider';

export type { Diagnostic, FileProvider, SourceFile };

export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) return toModelPath(fileURLToPath(uri));
  return uri; // untitled and other schemes: keep the URI as a path-like key
}

export function pathToUri(path: string): string {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path) ? pathToFileURL(path).toString() : path;
}

/** How the shell finds a file and its URI by path (open documents first, then the analysis, then the disk). */
export interface FileLookup {
  fileOf(path: string): SourceFile | undefined;
  uriOf(path: string): string;
}

export function range(file: SourceFile, start: number, end: number): Range {
  return { start: positionAt(file.tree, start), end: positionAt(file.tree, end) };
}

export function location(files: FileLookup, path: string, start: number, end: number): Location | undefined {
  const f = files.fileOf(path);
  if (!f) return undefined;
  return { uri: files.uriOf(path), range: range(f, start, end) };
}

/** Offset edits over several files as the `changes` of an LSP WorkspaceEdit (edits of unknown files are dropped). */
export function workspaceChanges(
  files: FileLookup,
  edits: { path: string; start: number; end: number; newText: string }[],
): Record<string, TextEdit[]> {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) {
    const f = files.fileOf(e.path);
    if (!f) continue;
    (changes[files.uriOf(e.path)] ??= []).push({ range: range(f, e.start, e.end), newText: e.newText });
  }
  return changes;
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};
const TAGS: Record<string, DiagnosticTag[] | undefined> = {
  deprecated: [DiagnosticTag.Deprecated],
  unnecessary: [DiagnosticTag.Unnecessary],
};
// The rule docs ship next to the server bundle (server/out -> docs/rules.md, in the repository and in the .vsix);
// the second is the npm package, whose bundle has rules.md beside it; the third the unbundled compiler output
// (out/server/src/server), which in-memory tests run.
// The Chinese page (docs/zh-cn/rules.md, the same anchors) sits one folder down in each; English when it is missing.
function rulesDocUri(sub: string): string | undefined {
  const found = ['../../docs/', '', '../../../../docs/']
    .map((p) => nodePath.join(__dirname, p, sub, 'rules.md'))
    .find(exists);
  return found ? pathToFileURL(found).toString() : undefined;
}
const enRulesDoc = rulesDocUri('');
const rulesDocs: Record<Locale, string | undefined> = { en: enRulesDoc, 'zh-cn': rulesDocUri('zh-cn') ?? enRulesDoc };
const NOWHERE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A diagnostic as the client shows it, its texts in the user's language (English as the core wrote them). */
export function toLspDiagnostic(
  d: Diagnostic,
  file: SourceFile,
  files: FileLookup,
  locale: Locale = 'en',
): LspDiagnostic {
  const rulesDocUri = rulesDocs[locale];
  return {
    range: range(file, d.start, d.end),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: rulesDocUri ? { href: `${rulesDocUri}#${d.code}` } : undefined,
    source: 'pjsip',
    message: locale === 'en' ? d.message : renderMessage(locale, d.msg),
    tags: TAGS[getRule(d.code)?.tag ?? ''],
    relatedInformation: d.related?.map((r) => {
      const f = files.fileOf(r.path);
      return {
        location: { uri: files.uriOf(r.path), range: f ? range(f, r.start, r.end) : NOWHERE },
        message: locale === 'en' ? r.message : renderPart(locale, r.msg),
      };
    }),
  };
}

export const completionKind: Record<CompletionKind, CompletionItemKind> = {
  option: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  boolean: CompletionItemKind.Keyword,
  type: CompletionItemKind.Class,
  section: CompletionItemKind.Reference,
  template: CompletionItemKind.Class,
  file: CompletionItemKind.File,
  folder: CompletionItemKind.Folder,
  directive: CompletionItemKind.Keyword,
  codec: CompletionItemKind.Constant,
  prefix: CompletionItemKind.Module,
  snippet: CompletionItemKind.Snippet,
};

export const symbolKind: Record<SymbolKindName, SymbolKind> = {
  object: SymbolKind.Object,
  class: SymbolKind.Class,
  module: SymbolKind.Module,
  property: SymbolKind.Property,
  namespace: SymbolKind.Namespace,
  interface: SymbolKind.Interface,
  struct: SymbolKind.Struct,
  event: SymbolKind.Event,
  key: SymbolKind.Key,
  file: SymbolKind.File,
};
