/**
 * textDocument/codeLens: reference counts over sections. In VS Code-like clients a lens opens the references
 * (the extension's `pjsip.showReferences` command); elsewhere it is a plain title.
 */
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import * as F from '../../features';
import { location, range } from '../conversions';
import type { Session } from '../session';

export function codeLens(s: Session, p: CodeLensParams): CodeLens[] {
  const x = s.analyses.forDoc(p.textDocument.uri);
  if (!x || !s.settings.current.codeLens) return [];
  const files = s.files(x.a);
  return F.codeLenses(x.a, x.file, s.locale()).map((l) => {
    const r = range(x.file, l.start, l.end);
    const locations = l.locations
      .map((loc) => location(files, loc.path, loc.start, loc.end))
      .filter((v): v is Location => !!v);
    return {
      range: r,
      command:
        s.client.vscodeLike && locations.length
          ? { title: l.title, command: 'pjsip.showReferences', arguments: [x.doc.uri, r.start, locations] }
          : { title: l.title, command: '' },
    };
  });
}
