/**
 * pjsip_wizard.conf: sections with type=wizard, their own keys and prefixed ones, and the objects the config
 * wizard generates from them (endpoint, aor, auths, identify, registrations, phoneprov), with the names it gives
 * them and what it refuses to create.
 */
import { findOptionAt, optionsAt } from '../schema/versioned';
import {
  booleanValue,
  getType,
  isExtendedField,
  splitWizardKey,
  suggest,
  typesWithOption,
  wizardPrefixes,
} from '../schema/schema';
import { checkValue, isHostname, isIPv4, isIPv6, splitList } from '../schema/values';
import { msg, part, type MessageKeyOf, type MessageRef, type Part } from '../i18n/messages';
import { addObject } from './apply';
import { fail, type BuildContext } from './context';
import { placeholder } from './objectChecks';
import type { CheckMode } from './options';
import { assignmentRange, entryRange, nameRange, placeOn } from './ranges';
import { OptionEntry, type PjsipObject, type Section, type Variable } from './types';
import { lastValues, typeVar } from './variables';

const WIZ_OWN = new Set(getType('wizard')!.options.map((o) => o.name.toLowerCase()));

function isWizardSection(s: Section): boolean {
  return s.vars.some((v) => v.name.includes('type') && v.value === 'wizard');
}

/** A section of pjsip_wizard.conf: a wizard (checked and expanded), or something the wizard ignores. */
export function wizardSection(ctx: BuildContext, s: Section): void {
  if (!isWizardSection(s)) {
    reportNotAWizard(ctx, s);
    return;
  }
  s.type = 'wizard';
  const probe: PjsipObject = { type: 'wizard', id: s.name, section: s, vars: s.vars, loads: true };
  checkWizardKeys(ctx, probe, 'object');
  expandWizard(ctx, s);
}

function reportNotAWizard(ctx: BuildContext, s: Section): void {
  const tv = typeVar(s.vars);
  if (tv) {
    ctx.sink.add({
      ...entryRange(tv.entry, 'value'),
      code: 'unknown-type',
      msg: msg('unknown-type/not-a-wizard', {
        name: s.name,
        define: getType(tv.value)?.configurable ? part('note/define-in-pjsip', { type: tv.value }) : undefined,
      }),
      data: { suggestions: ['wizard'] },
    });
  } else {
    const empty = s.vars.length === 0;
    ctx.sink.add({
      ...nameRange(s),
      code: 'missing-type',
      variant: empty ? 'empty' : undefined,
      msg: msg(empty ? 'missing-type/wizard-empty' : 'missing-type/wizard', { name: s.name }),
      data: { types: ['wizard'] },
    });
  }
}

// ---- wizard keys -------------------------------------------------------------------------------------------

/** Wizard-level keys: own options (values checked), prefixed options (checked per generated object), and the rest. */
export function checkWizardKeys(ctx: BuildContext, w: PjsipObject, mode: CheckMode): void {
  const wizType = getType('wizard')!;
  for (const v of w.vars) {
    if (v.synthetic) continue;
    const split = splitWizardKey(v.name);
    if (split) {
      if (mode === 'template') checkPrefixedInTemplate(ctx, w, v, split);
      continue;
    }
    const lower = v.name.toLowerCase();
    if (WIZ_OWN.has(lower)) {
      const opt = wizType.byName.get(lower)!;
      if (lower === 'type') continue;
      for (const p of checkValue(opt, v.value)) {
        ctx.sink.add({
          ...entryRange(v.entry, 'value'),
          code: 'invalid-value',
          variant: 'not-an-object',
          msg: msg('invalid-value/plain', { reason: p.reason }),
          data: p.suggestions ? { suggestions: p.suggestions } : undefined,
        });
      }
      continue;
    }
    if (isExtendedField(v.name)) continue;
    reportUnknownWizardKey(ctx, v);
  }
}

/** In a wizard template, a prefixed option is checked here: no generated object sees it on its own. */
function checkPrefixedInTemplate(
  ctx: BuildContext,
  w: PjsipObject,
  v: Variable,
  split: NonNullable<ReturnType<typeof splitWizardKey>>,
): void {
  const target = split.prefix.targetType;
  if (findOptionAt(ctx.target, target, split.option) || isExtendedField(split.option)) return;
  ctx.sink.add({
    ...entryRange(v.entry, 'key', split.prefix.prefix.length),
    code: 'unknown-option',
    variant: 'not-an-object',
    msg: msg('unknown-option/wizard-template', { option: split.option, type: target, template: w.section.name }),
    data: {
      suggestions: suggest(
        split.option,
        optionsAt(ctx.target, target)
          .filter((o) => !o.wildcard)
          .map((o) => o.name),
      ),
    },
  });
}

/** Neither a wizard option nor a prefixed one: a prefix in the wrong case, a missing prefix, or a typo. */
function reportUnknownWizardKey(ctx: BuildContext, v: Variable): void {
  const wizType = getType('wizard')!;
  const caseFix = wizardPrefixes().find((p) => v.name.toLowerCase().startsWith(p.prefix));
  const targets = typesWithOption(v.name).filter((t) => wizardPrefixes().some((p) => p.targetType === t));
  const sugg = caseFix
    ? [caseFix.prefix + v.name.slice(caseFix.prefix.length)]
    : suggest(
        v.name,
        [
          ...wizType.options.map((o) => o.name),
          ...targets.flatMap((t) =>
            wizardPrefixes()
              .filter((p) => p.targetType === t)
              .map((p) => p.prefix + v.name),
          ),
        ],
        3,
      );
  const hint: Part | undefined = caseFix
    ? part('note/wizard-prefix-case', { prefix: caseFix.prefix })
    : targets.length
      ? part('note/wizard-prefix-needed', {
          example: `${wizardPrefixes().find((p) => p.targetType === targets[0])!.prefix}${v.name}`,
        })
      : undefined;
  ctx.sink.add({
    ...entryRange(v.entry, 'key'),
    code: 'unknown-option',
    variant: 'not-an-object',
    msg: msg('unknown-option/not-wizard', { option: v.name, hint }),
    data: { suggestions: sugg },
  });
}

// ---- flags -------------------------------------------------------------------------------------------------

export interface WizardFlags {
  remoteHosts: string[];
  sendsAuth: boolean;
  acceptsAuth: boolean;
  sendsRegistrations: boolean;
  acceptsRegistrations: boolean;
  sendsLine: boolean;
  hasPhoneprov: boolean;
}

export function wizardFlags(vars: readonly Variable[]): WizardFlags {
  const last = lastValues(vars.filter((v) => !splitWizardKey(v.name)));
  const flag = (n: string) => booleanValue(last.get(n)?.value ?? '') === true;
  return {
    remoteHosts: splitList(last.get('remote_hosts')?.value ?? '')
      .map((x) => x.text)
      .filter(Boolean),
    sendsAuth: flag('sends_auth'),
    acceptsAuth: flag('accepts_auth'),
    sendsRegistrations: flag('sends_registrations'),
    acceptsRegistrations: flag('accepts_registrations'),
    sendsLine: flag('sends_line_with_registrations'),
    hasPhoneprov: flag('has_phoneprov'),
  };
}

// ---- expansion ---------------------------------------------------------------------------------------------

/** One wizard being expanded. */
interface WizardRun {
  ctx: BuildContext;
  s: Section;
  id: string;
  /** The wizard's own (unprefixed) options, last line wins. */
  own: Map<string, Variable>;
  f: WizardFlags;
  /** Where values the wizard sets on its own point: the section header. */
  hdr: OptionEntry;
  transport?: Variable;
  proxy?: Variable;
  /** outbound_auth/username once looked up (null: not yet). */
  outboundUser: Variable | undefined | null;
}

/** The objects a wizard generates, in Asterisk's order, and when it generates them. Auths: outbound first. */
const WIZARD_STEPS: readonly { when?: (f: WizardFlags) => boolean; create: (w: WizardRun) => void }[] = [
  { create: createEndpoint },
  { create: createAor },
  { when: (f) => f.sendsAuth, create: createOutboundAuth },
  { when: (f) => f.acceptsAuth, create: createInboundAuth },
  { when: (f) => !f.acceptsRegistrations && !f.sendsLine, create: createIdentify },
  { when: (f) => f.sendsRegistrations, create: createRegistrations },
  { when: (f) => f.hasPhoneprov, create: createPhoneprov },
];

/** Create the objects a wizard generates (and report what it refuses). */
function expandWizard(ctx: BuildContext, s: Section): void {
  const own = lastValues(s.vars.filter((v) => !splitWizardKey(v.name)));
  const w: WizardRun = {
    ctx,
    s,
    id: s.name,
    own,
    f: wizardFlags(s.vars),
    hdr: headerEntry(s),
    transport: own.get('transport'),
    proxy: own.get('outbound_proxy'),
    outboundUser: null,
  };
  for (const step of WIZARD_STEPS) if (!step.when || step.when(w.f)) step.create(w);
}

function synth(name: string, value: string, entry: OptionEntry): Variable {
  return { name, value, entry, synthetic: true };
}

/** A pseudo entry pointing at the wizard header, for values the wizard sets on its own. */
function headerEntry(s: Section): OptionEntry {
  const base = s.file.tree.lineStarts[s.line];
  const a = s.nameStart - base,
    b = s.nameEnd - base;
  return new OptionEntry(
    s.file,
    s.line,
    { key: '', keyStart: a, keyEnd: b, op: '=', opStart: b, value: '', valueStart: a, valueEnd: b, escaped: false },
    s,
    s.dead,
  );
}

/** Where the wizard's own option `n` is set (the header when it is not). */
function at(w: WizardRun, n: string): OptionEntry {
  return w.own.get(n)?.entry ?? w.hdr;
}

/** The wizard's `prefix...` options, without the prefix: the options of the object it feeds. */
function prefixed(w: WizardRun, prefix: string): Variable[] {
  const out: Variable[] = [];
  for (const v of w.s.vars)
    if (v.name.startsWith(prefix))
      out.push({ name: v.name.slice(prefix.length), value: v.value, entry: v.entry, extendedBy: v.extendedBy });
  return out;
}

function findIn(list: Variable[], n: string): Variable | undefined {
  return list.find((v) => v.name.toLowerCase() === n);
}

function outboundUsername(w: WizardRun): Variable | undefined {
  if (w.outboundUser === null) w.outboundUser = findIn(prefixed(w, 'outbound_auth/'), 'username');
  return w.outboundUser;
}

/** The wizard lacks an option it needs for an object: report it with the option(s) to add. */
function need(
  w: WizardRun,
  entry: OptionEntry,
  option: string,
  why: MessageRef<MessageKeyOf<'wizard-missing-required'>>,
): void {
  const r = entry === w.hdr ? nameRange(w.s) : placeOn(w.s, entry, 'key');
  const add = [{ name: option, value: placeholder({ id: w.id, type: 'wizard' }, option.replace(/^.*\//, '')) }];
  if (
    /_auth\/username$/.test(option) &&
    !prefixed(w, option.replace('username', '')).some((v) => v.name.toLowerCase() === 'password')
  ) {
    add.push({ name: option.replace('username', 'password'), value: 'CHANGE_ME' });
  }
  w.ctx.sink.add({ ...r, code: 'wizard-missing-required', msg: why, data: { addOptions: add } });
}

/** Prefixed lines for an option the wizard sets itself afterwards have no effect. */
function overridden(w: WizardRun, list: Variable[], n: string, prefix: string, why: Part): void {
  for (const v of list)
    if (v.name.toLowerCase() === n && !v.synthetic) {
      w.ctx.sink.add({
        ...assignmentRange(v.entry),
        code: 'wizard-ignored-option',
        msg: msg('wizard-ignored-option', { option: `${prefix}${n}`, why }),
      });
    }
}

function createEndpoint(w: WizardRun): void {
  const { id, f, transport, proxy } = w;
  const ep = prefixed(w, 'endpoint/');
  overridden(w, ep, 'aors', 'endpoint/', part('wizard/set-to', { value: id }));
  const epVars = [...ep];
  if (transport?.value) epVars.push(synth('transport', transport.value, transport.entry));
  if (proxy?.value) epVars.push(synth('outbound_proxy', proxy.value, proxy.entry));
  if (f.sendsAuth) epVars.push(synth('outbound_auth', `${id}-oauth`, at(w, 'sends_auth')));
  if (f.acceptsAuth) epVars.push(synth('auth', `${id}-iauth`, at(w, 'accepts_auth')));
  epVars.push(synth('aors', id, w.hdr));
  addObject(w.ctx, w.s, 'endpoint', id, epVars, 'endpoint/');
}

function createAor(w: WizardRun): void {
  const aor = prefixed(w, 'aor/');
  const aorVars = [...aor];
  if (w.proxy?.value) aorVars.push(synth('outbound_proxy', w.proxy.value, w.proxy.entry));
  if (!findIn(aor, 'contact')) {
    const pattern = w.own.get('contact_pattern')?.value ?? 'sip:${REMOTE_HOST}';
    for (const h of w.f.remoteHosts)
      aorVars.push(synth('contact', pattern.split('${REMOTE_HOST}').join(h), at(w, 'remote_hosts')));
  }
  addObject(w.ctx, w.s, 'aor', w.id, aorVars, 'aor/');
}

function createOutboundAuth(w: WizardRun): void {
  createAuth(w, 'sends_auth', 'outbound_auth/', 'oauth');
}

/** Asterisk stops at a missing outbound username: the inbound auth is then not created either. */
function createInboundAuth(w: WizardRun): void {
  createAuth(w, 'accepts_auth', 'inbound_auth/', 'iauth');
}

function createAuth(
  w: WizardRun,
  flag: 'sends_auth' | 'accepts_auth',
  prefix: string,
  suffix: 'oauth' | 'iauth',
): void {
  const list = prefixed(w, prefix);
  if (!findIn(list, 'username')) {
    need(
      w,
      at(w, flag),
      `${prefix}username`,
      msg(flag === 'sends_auth' ? 'wizard-missing-required/sends-auth' : 'wizard-missing-required/accepts-auth', {
        prefix,
        id: w.id,
      }),
    );
    return;
  }
  if (flag === 'accepts_auth' && w.f.sendsAuth && !outboundUsername(w)) return;
  const authVars = [...list];
  if (!findIn(list, 'auth_type')) authVars.push(synth('auth_type', 'userpass', at(w, flag)));
  addObject(w.ctx, w.s, 'auth', `${w.id}-${suffix}`, authVars, prefix);
}

/** For wizards that do not accept registrations: an identify matching the remote hosts. */
function createIdentify(w: WizardRun): void {
  const { id, f } = w;
  const idf = prefixed(w, 'identify/');
  overridden(w, idf, 'endpoint', 'identify/', part('wizard/set-to', { value: id }));
  if (!f.remoteHosts.length) {
    need(
      w,
      w.own.get('remote_hosts')?.entry ?? w.hdr,
      'remote_hosts',
      msg('wizard-missing-required/remote-hosts', { id }),
    );
    return;
  }
  const ownMatch = !!findIn(idf, 'match');
  const idVars = [...idf, synth('endpoint', id, w.hdr)];
  if (!ownMatch) for (const h of f.remoteHosts) idVars.push(synth('match', h, at(w, 'remote_hosts')));
  const obj = addObject(w.ctx, w.s, 'identify', `${id}-identify`, idVars, 'identify/');
  if (!ownMatch) checkRemoteHosts(w, obj);
}

/** The identify matches the remote hosts: one that is no address nor host name cannot be resolved. */
function checkRemoteHosts(w: WizardRun, obj: PjsipObject): void {
  const bad = w.f.remoteHosts.find((h) => !isHostPort(h));
  if (!bad) return;
  const rh = w.own.get('remote_hosts')!;
  const i = rh.value.indexOf(bad);
  const exact = rh.entry.valueEnd - rh.entry.valueStart === rh.value.length && i >= 0;
  w.ctx.sink.add({
    path: rh.entry.file.path,
    start: exact ? rh.entry.valueStart + i : rh.entry.valueStart,
    end: exact ? rh.entry.valueStart + i + bad.length : rh.entry.valueEnd,
    code: 'invalid-value',
    msg: msg('invalid-value/remote-host', { host: bad, id: w.id }),
  });
  fail(obj, part('failure/bad-remote-host', { host: bad }));
}

/** `host[:port]` or `[v6]:port` as the wizard's remote_hosts takes them. */
function isHostPort(h: string): boolean {
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (m) return isIPv6(m[1]);
  if (isIPv6(h)) return true;
  const hp = /^([^:]+)(?::\d+)?$/.exec(h);
  return !!hp && (isIPv4(hp[1]) || isHostname(hp[1]));
}

/** One registration per remote host, URIs from the patterns. */
function createRegistrations(w: WizardRun): void {
  const reg = prefixed(w, 'registration/');
  overridden(w, reg, 'server_uri', 'registration/', part('wizard/from-pattern', { option: 'server_uri_pattern' }));
  overridden(w, reg, 'client_uri', 'registration/', part('wizard/from-pattern', { option: 'client_uri_pattern' }));
  if (!w.f.remoteHosts.length) {
    need(
      w,
      at(w, 'sends_registrations'),
      'remote_hosts',
      msg('wizard-missing-required/registration-remote-hosts', { id: w.id }),
    );
    return;
  }
  if (w.f.sendsAuth && !outboundUsername(w)) return;
  const user = w.f.sendsAuth ? outboundUsername(w)!.value : w.id;
  const sp = w.own.get('server_uri_pattern')?.value ?? 'sip:${REMOTE_HOST}';
  const cp = w.own.get('client_uri_pattern')?.value ?? 'sip:${USERNAME}@${REMOTE_HOST}';
  w.f.remoteHosts.forEach((h, n) => {
    const sub = (p: string) => p.split('${REMOTE_HOST}').join(h).split('${USERNAME}').join(user);
    addObject(
      w.ctx,
      w.s,
      'registration',
      `${w.id}-reg-${n}`,
      registrationVars(w, reg, sub(sp), sub(cp)),
      'registration/',
    );
  });
}

function registrationVars(w: WizardRun, reg: Variable[], serverUri: string, clientUri: string): Variable[] {
  const { id, f, transport, proxy } = w;
  const rv = [
    ...reg,
    synth('server_uri', serverUri, at(w, 'remote_hosts')),
    synth('client_uri', clientUri, at(w, 'remote_hosts')),
  ];
  if (f.sendsAuth) rv.push(synth('outbound_auth', `${id}-oauth`, at(w, 'sends_auth')));
  if (transport?.value) rv.push(synth('transport', transport.value, transport.entry));
  if (proxy?.value) rv.push(synth('outbound_proxy', proxy.value, proxy.entry));
  if (f.sendsLine) {
    rv.push(synth('line', 'yes', at(w, 'sends_line_with_registrations')));
    rv.push(synth('endpoint', id, w.hdr));
  }
  return rv;
}

function createPhoneprov(w: WizardRun): void {
  const pp = prefixed(w, 'phoneprov/');
  if (!findIn(pp, 'mac')) {
    need(w, at(w, 'has_phoneprov'), 'phoneprov/MAC', msg('wizard-missing-required/phoneprov-mac', { id: w.id }));
    return;
  }
  addObject(w.ctx, w.s, 'phoneprov', `${w.id}-phoneprov`, [...pp, synth('endpoint', w.id, w.hdr)], 'phoneprov/');
}
