/** workspace/executeCommand `pjsip.server.explainLogLine`: from a pasted Asterisk log line to the config. */
import type { ExecuteCommandParams } from 'vscode-languageserver';
import * as F from '../../features';
import { ExplainLogLineCommand, type ExplainResult } from '../../protocol';
import { location, uriToPath } from '../conversions';
import type { Session } from '../session';
import { explainText } from '../../i18n/ui/explainTexts';

export const COMMANDS = [ExplainLogLineCommand];

export function executeCommand(s: Session, p: ExecuteCommandParams): ExplainResult | null {
  if (p.command !== ExplainLogLineCommand) return null;
  const [line, uri] = (p.arguments ?? []) as [unknown, unknown];
  if (typeof line !== 'string' || !line.trim()) return null;
  // The set of the document the user is in first, then the sets of the other open documents, then the workspace folders.
  const locale = s.locale();
  const dirs = new Set<string>();
  if (typeof uri === 'string') dirs.add(s.sets.dirOf(uriToPath(uri)));
  for (const path of s.docs.paths()) dirs.add(s.sets.dirOf(path));
  for (const root of s.client.roots) dirs.add(root);
  for (const dir of dirs) {
    const a = s.analyses.forDir(dir);
    const e = F.explainLogLine(a, line, locale);
    if (!e) continue;
    const loc = location(s.files(a), e.path, e.start, e.end);
    if (loc)
      return {
        uri: loc.uri,
        range: loc.range,
        markdown: e.markdown,
        ...(e.rule ? { rule: e.rule } : {}),
        matched: true,
        title: explainText(locale, 'title'),
      };
  }
  // nothing matches: what the line means in general, when it is a kind of line that has such an answer
  const general = F.explainInGeneral(line, locale);
  return general ? { markdown: general, matched: false, title: explainText(locale, 'title') } : null;
}
