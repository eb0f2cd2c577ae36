/**
 * The open documents, by URI and by path, kept in step with incremental sync by the incremental parser. The parse
 * is the document: positions convert through its line starts, so no second copy of a large text is kept and
 * joined again on every change.
 */
import type { DidChangeTextDocumentParams, DidOpenTextDocumentParams, Position } from 'vscode-languageserver';
import { applyEdit, offsetAt, parse } from '../syntax';
import { uriToPath, type SourceFile } from './conversions';

/** What the handlers read of a document's text: its version, and the offset of a position. */
export interface DocText {
  readonly version: number;
  /** Clamped like the LSP text document's: into the line's text (before its end of line), into the text. */
  offsetAt(position: Position): number;
}

export interface Doc {
  uri: string;
  path: string;
  text: DocText;
  file: SourceFile;
  /** What the changes since the last analysis of the document cost (for the trace line): see `EditTimes`. */
  pending: EditTimes;
}

/** Time spent on a document's changes, in ms: parsing them again, and the rest of applying them (`sync`). */
export interface EditTimes {
  sync: number;
  parse: number;
  /** When the first of them came in (`performance.now()`), or -1 when none did. */
  since: number;
}

export function noEditTimes(): EditTimes {
  return { sync: 0, parse: 0, since: -1 };
}

export class Documents {
  private byUri = new Map<string, Doc>();
  private byPath = new Map<string, Doc>();

  get(uri: string): Doc | undefined {
    return this.byUri.get(uri);
  }

  atPath(path: string): Doc | undefined {
    return this.byPath.get(path);
  }

  /** Paths of the open documents. */
  paths(): string[] {
    return [...this.byPath.keys()];
  }

  all(): Doc[] {
    return [...this.byUri.values()];
  }

  open(p: DidOpenTextDocumentParams): Doc {
    const { uri, version, text } = p.textDocument;
    const path = uriToPath(uri);
    const t0 = performance.now();
    const tree = parse(text);
    const doc: Doc = {
      uri,
      path,
      text: textOf(version, () => doc.file),
      file: { path, text, tree },
      pending: { sync: 0, parse: performance.now() - t0, since: t0 },
    };
    this.byUri.set(uri, doc);
    this.byPath.set(path, doc);
    return doc;
  }

  /** Apply the changes one by one to both the text and the syntax tree (a range change re-parses only what it touches). */
  change(p: DidChangeTextDocumentParams): Doc | undefined {
    const doc = this.byUri.get(p.textDocument.uri);
    if (!doc) return undefined;
    const t0 = performance.now();
    let parsing = 0;
    let tree = doc.file.tree;
    for (const ch of p.contentChanges) {
      let t = 0;
      if ('range' in ch) {
        const start = offsetAt(tree, ch.range.start);
        const end = offsetAt(tree, ch.range.end);
        t = performance.now();
        tree = applyEdit(tree, { start, end, text: ch.text });
      } else {
        t = performance.now();
        tree = parse(ch.text);
      }
      parsing += performance.now() - t;
    }
    doc.file = { path: doc.path, text: tree.text, tree };
    doc.text = textOf(p.textDocument.version, () => doc.file);
    const times = doc.pending;
    if (times.since < 0) times.since = t0;
    times.parse += parsing;
    times.sync += performance.now() - t0 - parsing;
    return doc;
  }

  close(uri: string): Doc | undefined {
    const doc = this.byUri.get(uri);
    if (!doc) return undefined;
    this.byUri.delete(uri);
    this.byPath.delete(doc.path);
    return doc;
  }
}

function textOf(version: number, file: () => SourceFile): DocText {
  return { version, offsetAt: (position) => offsetAt(file().tree, position) };
}
