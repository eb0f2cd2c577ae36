/** The open documents, by URI and by path, kept in step with incremental sync and the incremental parser. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver';
import { applyEdit, parse } from '../syntax';
import { uriToPath, type SourceFile } from './conversions';

export interface Doc {
  uri: string;
  path: string;
  text: TextDocument;
  file: SourceFile;
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
    const { uri, languageId, version, text } = p.textDocument;
    const path = uriToPath(uri);
    const doc: Doc = {
      uri,
      path,
      text: TextDocument.create(uri, languageId, version, text),
      file: { path, text, tree: parse(text) },
    };
    this.byUri.set(uri, doc);
    this.byPath.set(path, doc);
    return doc;
  }

  /** Apply the changes one by one to both the text and the syntax tree (a range change re-parses only what it touches). */
  change(p: DidChangeTextDocumentParams): Doc | undefined {
    const doc = this.byUri.get(p.textDocument.uri);
    if (!doc) return undefined;
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
