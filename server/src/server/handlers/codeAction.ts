/**
 * textDocument/codeAction: quick fixes. The fixes come from the current analysis: a diagnostic the editor shows
 * is matched to a live one by its rule and range; one that is no longer current gets no fix.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import * as F from '../../features';
import { workspaceChanges } from '../conversions';
import type { Session } from '../session';

export function codeAction(s: Session, p: CodeActionParams): CodeAction[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  const live = x.a.diagnostics.filter((d) => d.path === x.doc.path);
  const chosen = p.context.diagnostics
    .filter((d) => d.source === 'pjsip' && typeof d.code === 'string')
    .flatMap((d) => {
      const start = x.doc.text.offsetAt(d.range.start),
        end = x.doc.text.offsetAt(d.range.end);
      const m = live.find((l) => l.code === d.code && l.start === start && l.end === end);
      return m ? [m] : [];
    });
  const files = s.files(x.a);
  const opts = {
    style: s.settings.current.format.style,
    locale: s.locale(),
  };
  return F.codeActions(x.a, x.file, chosen, opts).map((ca): CodeAction => {
    const d = p.context.diagnostics.find((dd) => dd.code === ca.code);
    return {
      title: ca.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: ca.isPreferred,
      diagnostics: d ? [d] : undefined,
      edit: { changes: workspaceChanges(files, ca.edits) },
    };
  });
}
