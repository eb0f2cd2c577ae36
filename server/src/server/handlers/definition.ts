/** textDocument/definition, answered with links (origin range, target range and name range). */
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import * as F from '../../features';
import { range } from '../conversions';
import type { Session } from '../session';

export function definition(s: Session, p: DefinitionParams): LocationLink[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  const files = s.files(x.a);
  return F.definition(x.a, x.file, x.doc.text.offsetAt(p.position)).flatMap((t) => {
    const f = files.fileOf(t.path);
    if (!f) return [];
    return [
      {
        originSelectionRange: range(x.file, t.originStart, t.originEnd),
        targetUri: files.uriOf(t.path),
        targetRange: range(f, t.start, t.end),
        targetSelectionRange: range(f, t.selStart, t.selEnd),
      },
    ];
  });
}
