/** textDocument/completion */
import { InsertTextFormat, MarkupKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import * as F from '../../features';
import { listDir } from '../../node/fsProvider';
import { completionKind, range } from '../conversions';
import type { Session } from '../session';

export function completion(s: Session, p: CompletionParams): CompletionItem[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  const setting = s.settings.current.format.style;
  const style = setting === 'auto' ? F.detectStyle(x.file) : setting;
  const items = F.complete(x.a, x.file, x.doc.text.offsetAt(p.position), { style, listDir });
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
    command: c.retrigger && s.client.vscodeLike ? { title: 'suggest', command: 'editor.action.triggerSuggest' } : undefined,
  }));
}
