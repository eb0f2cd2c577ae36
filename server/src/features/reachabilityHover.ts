/**
 * The part of an endpoint's (or identify's, or wizard's) section hover that says how a request reaches the
 * endpoint, from the inbound model (model/inbound/reachability.ts): by address through which identify, by user name,
 * by header, as the anonymous endpoint; whether it is challenged. For an identify, also whether another identify
 * that Asterisk tries first takes its addresses.
 */
import type { Analysis } from '../analysis/analyze';
import type { Locale } from '../i18n/locale';
import { renderPart, part } from '../i18n/messages';
import { whoText } from '../i18n/ui/whoTexts';
import type { PjsipObject, Section } from '../model/types';
import { targetFor } from '../schema/versioned';
import { identifyRules, sortedByName, type IdentifyRule } from '../model/inbound/identifies';
import { identifiesByEndpoint, reachability, type WayIn } from '../model/inbound/reachability';
import { loadedEndpoint } from '../model/inbound/endpoints';

type Key = Parameters<typeof whoText>[1];

/** Markdown to append to the section hover (starting with a blank line), or '' when the section makes no endpoint. */
export function reachabilityHover(a: Analysis, s: Section, locale?: Locale): string {
  const section = s.appendTarget ?? s;
  const mine = a.objects.filter(
    (o) => o.section === section && o.loads && (o.type === 'endpoint' || o.type === 'identify'),
  );
  if (!mine.length) return '';
  const target = targetFor(a.options.asteriskVersion);
  const rules = identifyRules(a, target);
  const byEndpoint = identifiesByEndpoint(rules);
  const t = (k: Key, p?: Record<string, string | number>) =>
    (whoText as (l: Locale | undefined, k: string, p?: Record<string, string | number>) => string)(locale, k, p);
  const parts: string[] = [];
  for (const o of mine) {
    if (o.type === 'identify') {
      const rule = rules.find((r) => r.object === o);
      const endpoint = rule && loadedEndpoint(a, rule.endpoint);
      if (!rule || !endpoint) continue;
      parts.push(t('identifyHeading', { identify: o.id, endpoint: endpoint.id }));
      const shadow = shadowedBy(rule, rules);
      if (shadow) {
        const release = target.label;
        const why = renderPart(
          locale ?? 'en',
          sortedByName(target) ? part('why/by-name', { release }) : part('why/hash', { release }),
        );
        parts.push(
          t('identifyShadowed', {
            other: shadow.other.object.id,
            entry: `\`${shadow.entry}\``,
            why,
            otherEndpoint: shadow.other.endpoint,
          }),
        );
      }
      parts.push(endpointPart(a, endpoint, byEndpoint.get(endpoint.id) ?? [], t));
    } else parts.push(endpointPart(a, o, byEndpoint.get(o.id) ?? [], t));
  }
  return parts.length ? `\n\n${parts.join('\n\n')}` : '';
}

function endpointPart(
  a: Analysis,
  o: PjsipObject,
  identifies: IdentifyRule[],
  t: (k: Key, p?: Record<string, string | number>) => string,
): string {
  const r = reachability(a, targetFor(a.options.asteriskVersion), o, identifies);
  const ways = r.ways.map((w) => `- ${wayText(w, t)}`);
  const lines = [t('hoverHeading', { endpoint: o.id }), ways.length ? ways.join('\n') : `- ${t('hoverNone')}`];
  if (r.challenge.kind === 'challenged')
    lines.push(t('hoverChallenged', { auths: r.challenge.auths.map((x) => x.id).join('`, `') }));
  else if (r.challenge.kind === 'error') lines.push(t('hoverAuthError', { missing: r.challenge.missing.join('`, `') }));
  else if (r.ways.length) lines.push(t('hoverOpen', { restricted: r.restricted ? t('hoverRestricted') : '' }));
  lines.push(t('hoverCommand', { user: o.id }));
  return lines.join('\n\n');
}

function wayText(w: WayIn, t: (k: Key, p?: Record<string, string | number>) => string): string {
  switch (w.kind) {
    case 'address': {
      const entries = w.entries.map((e) => `\`${e.text}\``).join(', ');
      const hosts = w.hosts.map((h) => `\`${h}\``).join(', ');
      const out: string[] = [];
      if (entries) out.push(t('hoverAddress', { entries, identify: w.identify.object.id }));
      if (hosts) out.push(t('hoverHosts', { hosts, identify: w.identify.object.id }));
      return out.join('; ');
    }
    case 'everyone':
      return t('hoverEveryone', { identify: w.identify.object.id });
    case 'header':
      return t('hoverHeader', {
        header: `${w.identify.header!.name}: ${w.identify.header!.value.text}`,
        identify: w.identify.object.id,
      });
    case 'request_uri':
      return t('hoverRequestUri', { uri: w.identify.requestUri!.value.text, identify: w.identify.object.id });
    case 'username':
      return t('hoverUsername', { user: w.user });
    case 'auth_username':
      return t('hoverAuthUsername', { user: w.user });
    case 'anonymous':
      return t('hoverAnonymous');
  }
}

/** An identify for another endpoint, tried first, that matches one of this identify's address entries. */
function shadowedBy(
  rule: IdentifyRule,
  rules: readonly IdentifyRule[],
): { other: IdentifyRule; entry: string } | undefined {
  const rank = rules.indexOf(rule);
  for (const m of rule.matches) {
    const e = m.entry;
    if (e.kind !== 'net' || e.negated) continue;
    for (const other of rules.slice(0, rank)) {
      if (other.endpoint === rule.endpoint) continue;
      for (const om of other.matches) {
        const x = om.entry;
        if (x.kind === 'net' && !x.negated && x.family === e.family && x.lo <= e.hi && e.lo <= x.hi)
          return { other, entry: e.text };
      }
    }
  }
  return undefined;
}
