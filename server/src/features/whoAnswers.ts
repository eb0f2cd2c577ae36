/**
 * "Who answers a request": the inbound path of one request (model/inbound/path.ts) as steps a reader follows, each
 * with the place in the config that decides it. Used by `pjsip-check --who`, the `pjsip.server.whoAnswers` command
 * and the "No matching endpoint found" log lines of explainLog. Also reads the request from a line of text:
 * `INVITE sip:100@pbx from 203.0.113.7 user 1001` (method, Request-URI or number, `from ADDRESS[:PORT]`,
 * `user USER[@DOMAIN]`, `header NAME: VALUE`, `transport T`, `auth USER`).
 */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { whoText } from '../i18n/ui/whoTexts';
import { lineIndexAt } from '../syntax';
import { relativeTo } from '../model/paths';
import { nameRange } from '../model/ranges';
import type { PjsipObject, SourceFile, Variable } from '../model/types';
import { inboundPath, type InboundPath } from '../model/inbound/path';
import { parseAddress } from '../model/inbound/addresses';
import { requestUriOf, type InboundRequest } from '../model/inbound/request';
import type { IdentifierOutcome } from '../model/inbound/identify';
import { identifyRules } from '../model/inbound/identifies';
import { targetFor } from '../schema/versioned';

export interface WhoStep {
  /** Markdown, in the reader's language. */
  text: string;
  /** The place that decides it. */
  at?: { path: string; start: number; end: number };
}

export interface WhoAnswer {
  heading: string;
  steps: WhoStep[];
  result: string;
  path: InboundPath;
}

const KEYWORDS = new Set(['from', 'user', 'header', 'transport', 'auth', 'to']);

/** A request written as a line of text, or undefined when it names no source address. */
export function parseWhoRequest(text: string): InboundRequest | undefined {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const r: InboundRequest = { method: 'INVITE', source: '' };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const word = t.toLowerCase();
    const next = () => tokens[++i] ?? '';
    if (word === 'from') fromAddress(r, next());
    else if (word === 'user') {
      const [user, domain] = next().split('@');
      r.fromUser = user;
      if (domain) r.fromDomain = domain;
    } else if (word === 'to') r.exten = next();
    else if (word === 'transport') r.transport = next().toLowerCase();
    else if (word === 'auth') r.authUsername = next();
    else if (word === 'header') {
      const parts: string[] = [];
      while (i + 1 < tokens.length && !KEYWORDS.has(tokens[i + 1].toLowerCase())) parts.push(tokens[++i]);
      const h = parts.join(' ');
      const colon = h.indexOf(':');
      if (colon > 0) r.headers = { ...r.headers, [h.slice(0, colon).trim()]: h.slice(colon + 1).trim() };
    } else if (/^sips?:/i.test(t)) {
      r.requestUri = t;
      const m = /^sips?:([^@;>]+)@/i.exec(t);
      if (m) r.exten = decodeURIComponent(m[1]);
    } else if (i === 0 && /^[A-Z]+$/.test(t)) r.method = t;
    else if (r.exten === undefined) r.exten = t;
  }
  return r.source ? r : undefined;
}

function fromAddress(r: InboundRequest, text: string): void {
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const plain = /^([^:]+):(\d+)$/.exec(text);
  const [host, port] = bracket ? [bracket[1], bracket[2]] : plain ? [plain[1], plain[2]] : [text, undefined];
  if (!parseAddress(host)) return;
  r.source = host;
  if (port) r.port = Number(port);
}

/** The steps Asterisk takes with the request, in the reader's language. */
export function whoAnswers(a: Analysis, r: InboundRequest, locale: Locale = 'en'): WhoAnswer {
  const p = inboundPath(a, r);
  const t = (k: Parameters<typeof whoText>[1], params?: Record<string, string | number>) =>
    (whoText as (l: Locale, k: string, p?: Record<string, string | number>) => string)(locale, k, params);
  const source = r.port ? `${r.source}:${r.port}` : r.source;
  const heading =
    t('heading', { method: r.method, uri: requestUriOf(r), source }) +
    (r.fromUser ? t('fromUser', { user: r.fromUser }) : '');
  const steps: WhoStep[] = [{ text: t('order', { names: p.identification.order.names.join(', ') }), at: orderAt(p) }];
  for (const tried of p.identification.tried) {
    const s = triedStep(tried, t) ?? missStep(a, p, tried, t);
    if (s) steps.push(s);
  }
  const o = p.endpoint;
  if (!o) {
    steps.push({ text: t('notIdentified') });
    return { heading, steps, result: t('result', { none: '401', right: '401', wrong: '401' }), path: p };
  }
  if (p.acl && !p.acl.allowed) {
    const list = p.acl.list;
    steps.push(
      list.missing
        ? { text: t('aclMissing', { list: list.name ?? '' }), at: varAt(list.from) }
        : {
            text: t('aclDenied', { list: list.name ? `\`${list.name}\`` : t('aclOwn') }),
            at: p.acl.rule
              ? { path: p.acl.rule.at.file.path, start: p.acl.rule.at.start, end: p.acl.rule.at.end }
              : varAt(list.from),
          },
    );
  }
  const c = p.challenge!;
  if (c.kind === 'none') steps.push({ text: t('notChallenged', { endpoint: o.id }), at: nameRange(o.section) });
  else if (c.kind === 'challenged')
    steps.push({
      text: t('challenged', { auths: c.auths.map((x) => x.id).join('`, `') }),
      at: varAt(c.from) ?? nameRange(o.section),
    });
  else steps.push({ text: t('authError', { missing: c.missing.join('`, `') }), at: varAt(c.from) });
  const ctx = p.context!;
  steps.push({
    text: ctx.from ? t('context', { context: ctx.name }) : t('contextDefault'),
    at: varAt(ctx.from) ?? nameRange(o.section),
  });
  steps.push(...extensionSteps(p, t));
  return { heading, steps, result: resultText(p, t), path: p };
}

type T = (k: Parameters<typeof whoText>[1], params?: Record<string, string | number>) => string;

function varAt(v: Variable | undefined): WhoStep['at'] {
  if (!v) return undefined;
  return { path: v.entry.file.path, start: v.entry.keyStart, end: v.entry.valueEnd };
}

function orderAt(p: InboundPath): WhoStep['at'] {
  return varAt(p.identification.order.written);
}

function identifyAt(o: PjsipObject): WhoStep['at'] {
  return nameRange(o.section);
}

function triedStep(tried: IdentifierOutcome, t: T): WhoStep | undefined {
  if (tried.result === 'matched') {
    const e = tried.endpoint.id;
    switch (tried.name) {
      case 'ip':
        return {
          text: t('byIp', { endpoint: e, identify: tried.identify!.object.id, entry: tried.entry?.text ?? '' }),
          at: identifyAt(tried.identify!.object),
        };
      case 'header': {
        const h = tried.identify!.header!;
        return {
          text: t('byHeader', {
            endpoint: e,
            header: `${h.name}: ${h.value.text}`,
            identify: tried.identify!.object.id,
          }),
          at: identifyAt(tried.identify!.object),
        };
      }
      case 'request_uri':
        return {
          text: t('byRequestUri', { endpoint: e, identify: tried.identify!.object.id }),
          at: identifyAt(tried.identify!.object),
        };
      case 'username':
        return { text: t('byUsername', { endpoint: e }), at: nameRange(tried.endpoint.section) };
      case 'auth_username':
        return { text: t('byAuthUsername', { endpoint: e }), at: nameRange(tried.endpoint.section) };
      case 'anonymous':
        return { text: t('byAnonymous'), at: nameRange(tried.endpoint.section) };
    }
  }
  if (tried.result === 'endpoint-missing')
    return {
      text: t('triedEndpointMissing', { identify: tried.identify.object.id, endpoint: tried.identify.endpoint }),
      at: identifyAt(tried.identify.object),
    };
  if (tried.result === 'not-by-this')
    return {
      text: t('triedNotByThis', {
        endpoint: tried.endpoint.id,
        methods:
          tried.endpoint.vars.filter((v) => v.name.toLowerCase() === 'identify_by').pop()?.value ?? 'username,ip',
        identifier: tried.name,
      }),
      at: nameRange(tried.endpoint.section),
    };
  if (tried.result === 'no-match' && tried.hosts?.length) {
    const h = tried.hosts[0];
    return {
      text: t('triedHost', { identify: h.identify.object.id, host: h.host }),
      at: identifyAt(h.identify.object),
    };
  }
  return undefined;
}

/** Why an identifier found nothing, when that says something: the identifies by address, no endpoint of that name. */
function missStep(a: Analysis, p: InboundPath, tried: IdentifierOutcome, t: T): WhoStep | undefined {
  if (tried.result !== 'no-match') return undefined;
  const r = p.request;
  if (tried.name === 'username' && r.fromUser) return { text: t('userMiss', { user: r.fromUser }) };
  if (tried.name !== 'ip') return undefined;
  const rules = identifyRules(a, targetFor(a.options.asteriskVersion)).filter((x) =>
    x.matches.some((m) => m.entry.kind === 'net'),
  );
  if (!rules.length) return undefined;
  const items = rules.slice(0, 3).map((x) =>
    t('ipMissItem', {
      identify: x.object.id,
      entries: x.matches
        .filter((m) => m.entry.kind === 'net')
        .map((m) => `\`${m.entry.text}\``)
        .join(', '),
    }),
  );
  return {
    text: t('ipMiss', { source: r.source, identifies: items.join('; ') + (rules.length > 3 ? '; …' : '') }),
    at: nameRange(rules[0].object.section),
  };
}

function extensionSteps(p: InboundPath, t: T): WhoStep[] {
  const exten = p.request.exten ?? 's';
  const context = p.context!.name;
  const x = p.extension;
  if (!x) return [{ text: t('noDialplan') }];
  if (x.found) {
    const line = x.line;
    const text = line.file.text.slice(line.file.tree.lineStarts[line.line], line.end).trim();
    const key = x.via.length ? 'foundVia' : 'found';
    const chain = x.via.map((i) => `include => ${i.context}`).join(', ');
    return [
      {
        text: t(key, { exten, context: x.context, chain, line: text }),
        at: { path: line.file.path, start: line.start, end: line.end },
      },
    ];
  }
  const steps: WhoStep[] = [];
  if (x.noContext) steps.push({ text: t('noContext', { context }) });
  else
    steps.push({
      text: t(p.outcome.withoutCredentials === 484 || p.outcome.withRightPassword === 484 ? 'couldGrow' : 'notFound', {
        exten,
        context,
      }),
    });
  if (x.conditional) steps.push({ text: t('conditional') });
  return steps;
}

function resultText(p: InboundPath, t: T): string {
  const show = (c: number | 'passes') =>
    c === 'passes' ? t(p.request.method.toUpperCase() === 'INVITE' ? 'passes' : 'passesOther') : t('code', { code: c });
  const o = p.outcome;
  if (
    o.withoutCredentials === o.withRightPassword &&
    o.withRightPassword === o.withWrongPassword &&
    p.challenge?.kind === 'none'
  )
    return t('resultOpen', { none: show(o.withoutCredentials) });
  return t('result', {
    none: show(o.withoutCredentials),
    right: show(o.withRightPassword),
    wrong: show(o.withWrongPassword),
  });
}

/** `file:line` of a step's place, relative to the config folder. */
export function whereOf(a: Analysis, at: NonNullable<WhoStep['at']>): string {
  const f = fileOf(a, at.path);
  const line = f ? lineIndexAt(f.tree.lineStarts, at.start) + 1 : 1;
  return `${relativeTo(a.options.configDir, at.path)}:${line}`;
}

/** A file the analysis read: of the set, or of extensions.conf or acl.conf. */
export function fileOf(a: Analysis, path: string): SourceFile | undefined {
  return (
    a.files.get(path) ??
    a.dialplan?.config.files.find((x) => x.path === path) ??
    a.acls?.files.find((x) => x.path === path)
  );
}

/** The answer as Markdown: a heading, the numbered steps with their places, the result. */
export function whoMarkdown(a: Analysis, w: WhoAnswer): string {
  const steps = w.steps.map((s, i) => `${i + 1}. ${s.text}${s.at ? ` — \`${whereOf(a, s.at)}\`` : ''}`);
  return [w.heading, steps.join('\n'), w.result].join('\n\n');
}

/** The answer as plain text lines (pjsip-check --who). */
export function whoPlainText(a: Analysis, w: WhoAnswer): string {
  const plain = (s: string) => s.replace(/\*\*/g, '');
  const steps = w.steps.map((s, i) => `  ${i + 1}. ${plain(s.text)}${s.at ? `  ${whereOf(a, s.at)}` : ''}`);
  return [plain(w.heading), ...steps, plain(w.result)].join('\n') + '\n';
}
