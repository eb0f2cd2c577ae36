/** textDocument/references */
import type { Location, ReferenceParams } from 'vscode-languageserver';
import * as F from '../../features';
import { location } from '../conversions';
import type { Session } from '../session';

export function references(s: Session, p: ReferenceParams): Location[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x) return [];
  const files = s.files(x.a);
  return F.references(x.a, x.file, x.doc.text.offsetAt(p.position), p.context.includeDeclaration)
    .map((r) => location(files, r.path, r.start, r.end))
    .filter((l): l is Location => !!l);
}
