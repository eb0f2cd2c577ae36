/** workspace/symbol: over the config sets of the open documents and of the workspace folders that hold pjsip.conf. */
import type { SymbolInformation, WorkspaceSymbolParams } from 'vscode-languageserver';
import { ROOT_FILE } from '../../analysis/analyze';
import * as F from '../../features';
import { exists } from '../../node/fsProvider';
import { location, symbolKind } from '../conversions';
import type { Session } from '../session';

export function workspaceSymbol(s: Session, p: WorkspaceSymbolParams): SymbolInformation[] {
  const dirs = new Set<string>(s.docs.paths().map((path) => s.sets.dirOf(path)));
  for (const r of s.client.roots) if (exists(`${r}/${ROOT_FILE}`)) dirs.add(r);
  const out: SymbolInformation[] = [];
  for (const dir of dirs) {
    const a = s.analyses.forDir(dir);
    const files = s.files(a);
    for (const sym of F.workspaceSymbols(a, p.query)) {
      const loc = location(files, sym.path, sym.start, sym.end);
      if (loc) out.push({ name: sym.name, kind: symbolKind[sym.kind], location: loc, containerName: sym.detail });
    }
  }
  return out;
}
