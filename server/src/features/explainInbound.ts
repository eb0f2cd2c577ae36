/**
 * The log lines Asterisk writes about a request it turned away, explained with the same path as "who answers a
 * request" (whoAnswers.ts): `Request 'INVITE' from '<sip:alice@192.0.2.7>' failed for '192.0.2.7:5062' (callid: ...)
 * - No matching endpoint found` (also "- Failed to authenticate", "- Not match Endpoint ACL", "- Error to
 * authenticate"), and `alice: Call (UDP:192.0.2.7:5062) to extension '100' rejected because extension not found in
 * context 'internal'.` One of explainLog.ts's `LOG_EXPLAINERS`.
 */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { nameRange } from '../model/ranges';
import { loadedEndpoint } from '../model/inbound/endpoints';
import type { InboundRequest } from '../model/inbound/request';
import { contextOf } from '../model/inbound/endpoints';
import { targetFor } from '../schema/versioned';
import { logExplainer, type Explanation } from './logExplainer';
import { whoAnswers, whoMarkdown } from './whoAnswers';

const REQUEST_FAILED =
  /^Request '([^']+)' from '<?sips?:(?:([^@>;]*)@)?([^>;:']*)[^']*' failed for '([^']+)' \(callid: [^)]*\) - (.+?)\.?$/;
const NOT_FOUND =
  /^(\S+): Call \(\w+:([^)]+)\) to extension '([^']*)' rejected because extension not found in context '([^']*)'/;

function splitSource(text: string): { source: string; port?: number } {
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracket) return { source: bracket[1], port: bracket[2] ? Number(bracket[2]) : undefined };
  const m = /^([^:]+):(\d+)$/.exec(text);
  return m ? { source: m[1], port: Number(m[2]) } : { source: text };
}

/** What a line about an inbound request says: the request it was, and the context it missed when it says so. */
type Read = { request: InboundRequest } | { request: InboundRequest; endpoint: string; context: string };

function readInbound(stripped: string): Read | undefined {
  // the source file may come with its folder (`res_pjsip/pjsip_distributor.c:`)
  const text = stripped.replace(/^[\w./-]+\.c(:\d+)?(\s+\w+)?:\s*/, '');
  const failed = REQUEST_FAILED.exec(text);
  if (failed) {
    const [, method, user, domain, from] = failed;
    return { request: { method, ...splitSource(from), fromUser: user || undefined, fromDomain: domain || undefined } };
  }
  const missing = NOT_FOUND.exec(text);
  if (missing) {
    const [, endpoint, from, exten, context] = missing;
    return { request: { method: 'INVITE', ...splitSource(from), fromUser: endpoint, exten }, endpoint, context };
  }
  return undefined;
}

function explainRead(a: Analysis, p: Read, locale: Locale): Explanation | undefined {
  if (!('endpoint' in p)) return explainRequest(a, p.request, locale);
  const o = loadedEndpoint(a, p.endpoint);
  if (!o) return undefined;
  const c = contextOf(o, targetFor(a.options.asteriskVersion));
  const at =
    c.from && c.name === p.context
      ? { path: c.from.entry.file.path, start: c.from.entry.valueStart, end: c.from.entry.valueEnd }
      : nameRange(o.section);
  return { ...at, markdown: whoMarkdown(a, whoAnswers(a, p.request, locale)) };
}

/** Lines about a request Asterisk turned away: the same path as "who answers a request". */
export const inboundExplainer = logExplainer<Read>({ read: readInbound, explain: explainRead });

function explainRequest(a: Analysis, r: InboundRequest, locale: Locale): Explanation | undefined {
  const w = whoAnswers(a, r, locale);
  const o = w.path.endpoint ?? (r.fromUser ? loadedEndpoint(a, r.fromUser) : undefined);
  const at = o ? nameRange(o.section) : firstPlace(a);
  if (!at) return undefined;
  return { ...at, markdown: whoMarkdown(a, w) };
}

/** Where a request nothing identified points to: the first identify, else the start of the first config. */
function firstPlace(a: Analysis): Explanation | undefined {
  const identify = a.objects.find((o) => o.type === 'identify');
  if (identify) return { ...nameRange(identify.section), markdown: '' };
  const root = a.configs[0]?.root;
  return root ? { path: root.path, start: 0, end: 0, markdown: '' } : undefined;
}
