/** workspace/executeCommand `pjsip.server.whoAnswers`: the path of one inbound request through a config set. */
import type { ExecuteCommandParams } from 'vscode-languageserver';
import * as F from '../../features/whoAnswers';
import type { WhoAnswersArgs, WhoAnswersResult } from '../../protocol';
import { location, uriToPath } from '../conversions';
import type { Session } from '../session';

function requestLine(args: WhoAnswersArgs): string | undefined {
  if (typeof args.request === 'string' && args.request.trim()) return args.request;
  if (typeof args.source !== 'string' || !args.source.trim()) return undefined;
  const parts = [args.method?.trim() || 'INVITE'];
  if (typeof args.exten === 'string' && args.exten.trim()) parts.push(args.exten.trim());
  parts.push('from', args.source.trim());
  if (typeof args.user === 'string' && args.user.trim()) parts.push('user', args.user.trim());
  return parts.join(' ');
}

export function whoAnswers(s: Session, p: ExecuteCommandParams): WhoAnswersResult | null {
  const args = (p.arguments?.[0] ?? {}) as WhoAnswersArgs;
  if (typeof args !== 'object' || args === null) return null;
  const line = requestLine(args);
  const request = line ? F.parseWhoRequest(line) : undefined;
  if (!request) return null;
  const dir =
    typeof args.uri === 'string'
      ? s.sets.dirOf(uriToPath(args.uri))
      : (s.docs.paths().map((path) => s.sets.dirOf(path))[0] ?? s.client.roots[0]);
  if (!dir) return null;
  const a = s.analyses.forDir(dir);
  const w = F.whoAnswers(a, request, s.locale());
  const files = s.files(a);
  return {
    markdown: F.whoMarkdown(a, w),
    steps: w.steps.map((step) => {
      const loc = step.at && location(files, step.at.path, step.at.start, step.at.end);
      return loc ? { text: step.text, uri: loc.uri, range: loc.range } : { text: step.text };
    }),
    ...(w.path.endpoint ? { endpoint: w.path.endpoint.id } : {}),
    ...(w.path.context ? { context: w.path.context.name } : {}),
  };
}
