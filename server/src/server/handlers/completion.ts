/** textDocument/completion */
import {
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver';
import * as F from '../../features';
import { listDir } from '../../node/fsProvider';
import { completionKind, range, type SourceFile } from '../conversions';
import type { Session } from '../session';

/** More candidates than this (names in a set of thousands of sections) go out as an incomplete list of the best. */
export const MAX_COMPLETIONS = 200;

export function completion(s: Session, p: CompletionParams): CompletionItem[] | CompletionList {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  const setting = s.settings.current.format.style;
  const style = setting === 'auto' ? F.detectStyle(x.file) : setting;
  const offset = x.doc.text.offsetAt(p.position);
  const items = F.complete(x.a, x.file, offset, {
    style,
    listDir,
    locale: s.locale(),
    nameLimit: MAX_COMPLETIONS,
  });
  if (items.length <= MAX_COMPLETIONS && !items.incomplete) return items.map((c) => toItem(s, x.file, c));
  // The client asks again as the user types on, so the list narrows to what the typed prefix still matches.
  return { isIncomplete: true, items: bestMatches(items, x.file.text, offset).map((c) => toItem(s, x.file, c)) };
}

/** The candidates whose filter text starts with what is typed (any case), in sort order, at most MAX_COMPLETIONS. */
function bestMatches(items: F.Completion[], text: string, offset: number): F.Completion[] {
  const typedAt = new Map<number, string>(); // replaced range start -> what is typed there, lower-cased
  const typed = (start: number): string => {
    let t = typedAt.get(start);
    if (t === undefined) typedAt.set(start, (t = text.slice(start, Math.max(start, offset)).toLowerCase()));
    return t;
  };
  const matching = items.filter((c) => (c.filterText ?? c.label).toLowerCase().startsWith(typed(c.start)));
  const key = (c: F.Completion) => c.sortText ?? c.label;
  return matching.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)).slice(0, MAX_COMPLETIONS);
}

function toItem(s: Session, file: SourceFile, c: F.Completion): CompletionItem {
  const snippet = c.snippet && s.client.capabilities.textDocument?.completion?.completionItem?.snippetSupport;
  const text = c.insertText ?? c.label;
  return {
    label: c.label,
    kind: completionKind[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    textEdit: { range: range(file, c.start, c.end), newText: c.snippet && !snippet ? F.expandSnippet(text) : text },
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    filterText: c.filterText,
    sortText: c.sortText,
    tags: c.deprecated ? [1] : undefined,
    command:
      c.retrigger && s.client.vscodeLike ? { title: 'suggest', command: 'editor.action.triggerSuggest' } : undefined,
  };
}
