/**
 * From categories to PJSIP objects, as res_sorcery_config and the config wizard do it: find each section's
 * type, apply its options in order (any unknown option or bad value drops the object), run the per-type checks
 * Asterisk makes when it applies the object, and expand wizards into the objects they generate.
 */
import {
  aType, booleanValue, configurableTypes, getType, isExtendedField, suggest, typesWithOption, splitWizardKey,
  wizardPrefixes, type OptionInfo,
} from '../schema/schema';
import { findOptionAt, optionsAt, typesWithOptionAt } from '../schema/versioned';
import { DEFAULT_TARGET, type AsteriskTarget } from '../schema/versions';
import { optionMissingIn, suggestionNeeds, valueMissingIn } from './versionChecks';
import { checkValue, isHostname, isIPv4, isIPv6, parseCInt, splitList } from '../schema/values';
import { basename } from './paths';
import { assignmentRange, entryRange, nameRange } from './ranges';
import type { AddOptions, ProblemSink } from './problems';
import { OptionEntry, type Config, type PjsipObject, type Section, type Variable } from './types';

/** Lower-cased option name -> the last variable setting it (Asterisk's "last line wins"). */
export function lastValues(vars: readonly Variable[]): Map<string, Variable> {
  const m = new Map<string, Variable>();
  for (const v of vars) m.set(v.name.toLowerCase(), v);
  return m;
}

/** `name` equals the lower-case `lower` ignoring ASCII case (no allocation). */
export function sameName(name: string, lower: string): boolean {
  if (name.length !== lower.length) return false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** The last variable setting `lower` (a lower-case option name), as Asterisk's "last line wins" sees it. */
export function lastVar(vars: readonly Variable[], lower: string): Variable | undefined {
  for (let i = vars.length - 1; i >= 0; i--) if (sameName(vars[i].name, lower)) return vars[i];
  return undefined;
}

/** Effective values of an object: `get(lowerName)` gives the last variable setting it. */
export interface Effective {
  get(lower: string): Variable | undefined;
}

export function effective(obj: PjsipObject): Effective {
  return (obj.eff ??= { get: (lower: string) => lastVar(obj.vars, lower) });
}

/** The first `type` variable (Asterisk's criteria match takes the first one). */
export function typeVar(vars: readonly Variable[]): Variable | undefined {
  for (const v of vars) if (sameName(v.name, 'type')) return v;
  return undefined;
}

interface Ctx {
  sink: ProblemSink;
  /** The Asterisk release the checks are for. */
  target: AsteriskTarget;
  objects: PjsipObject[];
  /** Variables already checked for a type (template lines are shared by every section using them): why they fail, or ''. */
  checked: Map<string, WeakMap<Variable, string>>;
}

/** Build (and check) the objects of every config. Returns them in load order. */
export function buildObjects(configs: readonly Config[], sink: ProblemSink, target: AsteriskTarget = DEFAULT_TARGET): PjsipObject[] {
  const ctx: Ctx = { sink, target, objects: [], checked: new Map() };
  const templates: Section[] = [];
  for (const config of configs) {
    for (const s of config.categories) {
      if (s.isTemplate) { templates.push(s); continue; }
      if (config.kind === 'wizard') wizardSection(ctx, s);
      else pjsipSection(ctx, s);
    }
  }
  // Templates: check what they hold once, for the type they (or their users) have. Findings reached through an
  // object above win; what is left is reported as a warning (a template alone never fails to load).
  for (const t of templates) checkTemplate(ctx, t);
  return ctx.objects;
}



// ---- pjsip.conf sections ----------------------------------------------------------------------------------

function pjsipSection(ctx: Ctx, s: Section): void {
  const tv = typeVar(s.vars);
  const root = s.config.root.path;
  if (!tv) {
    if (s.name === 'global' || s.name === 'system') {
      const t = getType(s.name)!;
      const foreign = s.vars.find((v) => !isExtendedField(v.name) && !t.byName.get(v.name.toLowerCase()) || (t.byName.get(v.name.toLowerCase()) && t.byName.get(v.name.toLowerCase())!.name !== v.name));
      if (!foreign) {
        s.type = s.name;
        addObject(ctx, s, s.name, s.name, s.vars);
        return;
      }
      const known = t.byName.get(foreign.name.toLowerCase());
      ctx.sink.add({
        ...nameRange(s), code: 'missing-type',
        message: `[${s.name}] has no type=. Asterisk only takes it as the ${s.name} settings while every option in it is a ${s.name} option written exactly so, and ${known ? `'${foreign.name}' is spelled differently from '${known.name}'` : `'${foreign.name}' is not one`}: it silently ignores the whole section. Add type=${s.name}.`,
        data: { types: [s.name] },
        related: [{ ...entryRange(foreign.entry, 'key'), message: `'${foreign.name}' is not a ${s.name} option` }],
      });
      return;
    }
    const candidates = guessTypes(s.vars);
    const empty = s.vars.length === 0;
    ctx.sink.add({
      ...nameRange(s), code: 'missing-type', variant: empty ? 'empty' : undefined,
      message: empty
        ? `[${s.name}] is empty and has no type=: Asterisk ignores it.`
        : `[${s.name}] has no type= line: Asterisk silently ignores it${candidates.length ? ` (its options suggest type=${candidates[0]})` : ''}.`,
      data: { types: candidates.length ? candidates : configurableTypes().map((t) => t.name) },
    });
    return;
  }
  const value = tv.value;
  const t = getType(value);
  const range = entryRange(tv.entry, 'value');
  const inherited = tv.entry.block !== s && tv.entry.block.appendTarget !== s;
  const where = inherited ? ` (set in template [${tv.entry.block.name}])` : '';
  if (!t || !t.configurable || value === 'wizard') {
    let why: string;
    let sugg: string[] = [];
    if (value === 'wizard') why = `type=wizard belongs in pjsip_wizard.conf; in ${basename(root)} Asterisk ignores [${s.name}]`;
    else if (t && !t.configurable) why = `${value} objects are kept in Asterisk's internal database and cannot be defined in a config file (for a fixed contact, use contact= on an aor); Asterisk ignores [${s.name}]`;
    else {
      const exact = configurableTypes().find((x) => x.name.toLowerCase() === value.toLowerCase());
      sugg = exact ? [exact.name] : suggest(value, configurableTypes().map((x) => x.name), 3);
      why = `'${value}' is not an object type${exact ? ' (type values are case-sensitive)' : ''}: Asterisk silently ignores [${s.name}]`;
    }
    ctx.sink.add({ ...range, code: 'unknown-type', message: `${why}${where}.`, data: { suggestions: sugg } });
    return;
  }
  s.type = value;
  addObject(ctx, s, value, s.name, s.vars);
}


/** Types whose options cover the section's option names best (for missing-type). */
function guessTypes(vars: readonly Variable[]): string[] {
  const names = vars.map((v) => v.name.toLowerCase()).filter((n) => n !== 'type');
  if (!names.length) return [];
  const scored = configurableTypes()
    .map((t) => ({ t: t.name, n: names.filter((n) => t.byName.has(n)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return scored.filter((x) => x.n === scored[0].n).map((x) => x.t).concat(scored.filter((x) => x.n !== scored[0].n).map((x) => x.t)).slice(0, 3);
}

function addObject(ctx: Ctx, s: Section, type: string, id: string, vars: Variable[], wizardPrefix?: string): PjsipObject {
  const obj: PjsipObject = { type, id, section: s, wizardPrefix, vars, loads: true };
  ctx.objects.push(obj);
  checkOptions(ctx, obj, 'object');
  checkObject(ctx, obj);
  if (s.config.rejected) { obj.loads = false; obj.failure ??= 'the file it is in is rejected'; }
  if (s.config.standalone) { obj.loads = false; obj.failure ??= 'Asterisk does not read its file'; }
  if (s.dead) { obj.loads = false; obj.failure ??= 'Asterisk stopped reading its file above it'; }
  return obj;
}

function fail(obj: PjsipObject, why: string): void {
  if (obj.loads) { obj.loads = false; obj.failure = why; }
}

/** Whether `e` is written in `s` itself (or one of its `(+)` blocks) rather than inherited from a template. */
function isOwn(e: OptionEntry, s: Section): boolean {
  return e.block === s || e.block.appendTarget === s;
}

function consequence(obj: PjsipObject, e: OptionEntry, mode: 'object' | 'template'): string {
  const what = obj.wizardPrefix ? `the wizard cannot create ${obj.type} '${obj.id}'` : `Asterisk will not load ${obj.type} '${obj.id}'`;
  if (mode === 'template' || !isOwn(e, obj.section)) {
    const tpl = e.block.appendTarget ?? e.block;
    return obj.wizardPrefix
      ? `every wizard that uses [${tpl.name}] fails to create its ${obj.type}`
      : `every ${obj.type} that uses [${tpl.name}] fails to load`;
  }
  return what;
}

/** Check each option against the type: name, value, deprecation, repeats. */
function checkOptions(ctx: Ctx, obj: PjsipObject, mode: 'object' | 'template'): void {
  const { sink } = ctx;
  let typeSeen: Variable | undefined;
  const cacheKey = mode === 'object' && !obj.wizardPrefix ? obj.type : `${obj.type}\u0000${mode}\u0000${obj.wizardPrefix ?? ''}`;
  let checked = ctx.checked.get(cacheKey);
  if (!checked) ctx.checked.set(cacheKey, (checked = new WeakMap()));
  const vars = obj.vars;
  for (let i = 0; i < vars.length; i++) {
    const v = vars[i];
    if (v.synthetic) continue;
    const e = v.entry;
    const own = isOwn(e, obj.section);
    if (!obj.wizardPrefix && sameName(v.name, 'type')) {
      if (typeSeen && own && v.value !== typeSeen.value) {
        sink.add({ ...entryRange(e, 'key'), code: 'duplicate-option',
          message: `type is already set to '${typeSeen.value}'${isOwn(typeSeen.entry, obj.section) ? '' : ` by template [${typeSeen.entry.block.name}]`}; Asterisk uses the first type= line, so this one has no effect.` });
      }
      typeSeen ??= v;
      continue;
    }
    // A template line is shared by every section that uses it: check (and report) it once per type.
    let why = own ? undefined : checked.get(v);
    if (why === undefined) {
      why = checkVariable(ctx, obj, v, mode);
      if (!own) checked.set(v, why);
    }
    if (why && !e.dead && mode === 'object') fail(obj, why);
    if (own) {
      const opt = isExtendedField(v.name) ? undefined : findOptionAt(ctx.target, obj.type, v.name);
      if (opt && !opt.repeatable) {
        // the nearest earlier own line setting the same option has no effect (sections hold a few lines: scan back)
        const lower = opt.name.toLowerCase();
        for (let j = i - 1; j >= 0; j--) {
          const prev = vars[j];
          if (prev.synthetic || !sameName(prev.name, lower) || !isOwn(prev.entry, obj.section)) continue;
          sink.add({ ...assignmentRange(prev.entry), code: 'duplicate-option',
            message: `'${prev.name}' is set again on line ${e.line + 1}${e.file !== prev.entry.file ? ` of ${basename(e.file.path)}` : ''}: Asterisk keeps only the last value, so this line has no effect.` });
          break;
        }
      }
    }
  }
}

/** Report what is wrong with one variable for the object's type; returns why it makes the object fail, or ''. */
function checkVariable(ctx: Ctx, obj: PjsipObject, v: Variable, mode: 'object' | 'template'): string {
  const { sink } = ctx;
  const type = obj.type;
  const e = v.entry;
  const skip = obj.wizardPrefix ? obj.wizardPrefix.length : 0;
  if (isExtendedField(v.name)) return '';
  const { target } = ctx;
  const opt = findOptionAt(target, type, v.name);
  if (!opt) {
    const elsewhere = optionMissingIn(target, type, v.name);
    const others = typesWithOptionAt(target, v.name).filter((x) => x !== type);
    const names = optionsAt(target, type).filter((o) => !o.wildcard).map((o) => o.name);
    const belongs = others.length ? ` (it is ${others.length === 1 ? `${aType(others[0])} option` : `an option of ${others.join(', ')}`})` : '';
    const suggestions = elsewhere ? [] : suggest(v.name, names, 3);
    sink.add({
      ...entryRange(e, 'key', skip), code: 'unknown-option', variant: mode === 'object' ? undefined : 'not-an-object',
      message: elsewhere ? `${elsewhere}: ${consequence(obj, e, mode)}.` : `'${v.name}' is not ${aType(type)} option${belongs}: ${consequence(obj, e, mode)}.`,
      data: { suggestions, needs: suggestionNeeds(target, type, suggestions) },
    });
    return `unknown option '${v.name}'`;
  }
  let why = '';
  for (const p of checkValue(opt, v.value)) {
    const r = entryRange(e, 'value');
    const exact = r.end - r.start === v.value.length;
    const start = p.start !== undefined && exact ? r.start + p.start : r.start;
    const end = p.end !== undefined && exact ? r.start + p.end : r.end;
    const item = p.start !== undefined && p.end !== undefined ? v.value.slice(p.start, p.end) : v.value;
    const elsewhere = p.fails ? valueMissingIn(target, opt, item) : undefined;
    const message = elsewhere ?? p.message;
    const suggestions = p.suggestions?.filter((x) => opt.values?.includes(x) ?? true);
    sink.add({
      path: r.path, start, end: Math.max(end, start), code: 'invalid-value', variant: !p.fails ? 'harmless' : mode === 'object' ? undefined : 'not-an-object',
      message: p.fails ? `${message}: ${consequence(obj, e, mode)}.` : `${message}.`,
      data: suggestions?.length ? { suggestions, needs: suggestionNeeds(target, type, suggestions, opt.name) } : undefined,
    });
    if (p.fails && !why) why = `bad value for '${v.name}'`;
  }
  if (opt.deprecated) {
    const instead = opt.deprecatedFor ?? opt.aliasOf;
    const needs = instead ? suggestionNeeds(target, type, [instead]) : undefined;
    sink.add({ ...entryRange(e, 'key', skip), code: 'deprecated-option',
      message: `'${opt.name}' is deprecated${instead ? `; use '${instead}' instead${needs ? ` (${needs[instead]})` : ''}` : ''}${opt.ignored ? '. Asterisk ignores it' : ''}.`,
      data: instead ? { suggestions: [instead], needs } : undefined });
  }
  if (opt.deprecatedValues && opt.deprecatedValues.some((x) => x.toLowerCase() === v.value.toLowerCase())) {
    const current = opt.values?.find((x) => !opt.deprecatedValues!.includes(x) && x !== 'google_oauth');
    const needs = current ? suggestionNeeds(target, type, [current], opt.name) : undefined;
    sink.add({ ...entryRange(e, 'value'), code: 'deprecated-value',
      message: `'${v.value}' is an old value of ${opt.name}${current ? `; '${current}' means the same${needs ? ` (${needs[current]})` : ''}` : ''}.`,
      data: current ? { suggestions: [current], needs } : undefined });
  }
  return why;
}

/** A value for a required option that passes the checks and is obviously to be edited. */
export function placeholder(obj: { id: string; type: string }, option: string): string {
  const base = obj.id.replace(/-(iauth|oauth|identify|reg-\d+|phoneprov)$/, '');
  switch (option.toLowerCase()) {
    case 'username': return base;
    case 'password': return 'CHANGE_ME';
    case 'match': return '192.0.2.1';
    case 'endpoint': return base;
    case 'server_uri': return 'sip:sip.example.com';
    case 'client_uri': return `sip:${base}@sip.example.com`;
    case 'bind': return '0.0.0.0';
    case 'event': return 'presence';
    case 'list_item': return base;
    case 'mac': return '000000000000';
    case 'profile': return 'default';
    case 'remote_hosts': return 'sip.example.com';
    case 'refresh_token': case 'oauth_clientid': case 'oauth_secret': return 'CHANGE_ME';
    default: return '';
  }
}


// ---- object-level checks (what Asterisk's apply handlers verify) ------------------------------------------

/** Endpoint options that take part in the cross-option checks below. */
const ENDPOINT_RELATIONS = new Set(['timers_min_se', 'timers_sess_expires', 'preferred_codec_only', 'dtls_auto_generate_cert', 'rtp_port_start', 'rtp_port_end']);

function checkObject(ctx: Ctx, obj: PjsipObject): void {
  const eff = effective(obj);
  const val = (n: string) => eff.get(n)?.value ?? '';
  const has = (n: string) => val(n) !== '';
  const missing = (option: string | string[], why: string) => {
    const names = Array.isArray(option) ? option : [option];
    const data: AddOptions = { addOptions: names.map((n) => ({ name: (obj.wizardPrefix ?? '') + n, value: placeholder(obj, n) })) };
    ctx.sink.add({ ...nameRange(obj.section), code: 'missing-required-option', message: why, data });
    fail(obj, why);
  };
  const conflict = (v: Variable | undefined, why: string) => {
    const r = v && !v.synthetic ? entryRange(v.entry, 'value') : nameRange(obj.section);
    ctx.sink.add({ ...r, code: 'invalid-combination', message: why });
    fail(obj, why);
  };
  const name = `${obj.type} '${obj.id}'`;
  const gen = obj.wizardPrefix ? ` (generated from ${obj.wizardPrefix}... options)` : '';
  switch (obj.type) {
    case 'auth': {
      if (!has('username')) {
        const noPassword = !has('password') && !obj.vars.some((v) => /^(password_digest|md5_cred)$/i.test(v.name) && v.value.trim());
        if (!obj.wizardPrefix) missing(noPassword ? ['username', 'password'] : 'username', `auth '${obj.id}' has no username${noPassword ? ' (and no password)' : ''}: Asterisk reports "No authentication username" and drops it.`);
        else fail(obj, 'no username');
        break;
      }
      if (val('auth_type').toLowerCase() === 'google_oauth') {
        for (const o of ['refresh_token', 'oauth_clientid', 'oauth_secret']) if (!has(o)) missing(o, `auth '${obj.id}' uses google_oauth but has no ${o}: Asterisk drops it.`);
        break;
      }
      if (!has('password')) {
        const digests = new Set<string>();
        for (const v of obj.vars) {
          if (sameName(v.name, 'md5_cred') && v.value) digests.add('MD5');
          if (sameName(v.name, 'password_digest')) for (const it of splitList(v.value)) { const a = it.text.split(':')[0]; if (a) digests.add(a.toUpperCase()); }
        }
        const algos = new Set<string>();
        for (const o of ['supported_algorithms_uas', 'supported_algorithms_uac']) {
          const list = obj.vars.filter((v) => v.name.toLowerCase() === o).flatMap((v) => splitList(v.value).map((x) => x.text.toUpperCase()).filter(Boolean));
          for (const a of list.length ? list : ['MD5']) algos.add(a);
        }
        const lacking = [...algos].filter((a) => !digests.has(a));
        if (lacking.length) missing('password', `auth '${obj.id}'${gen} has no password${digests.size ? ` (and no password_digest for ${lacking.join(', ')})` : ''}: Asterisk reports "No plain text or digest password found for algorithm ${lacking[0]}" and drops it.`);
      }
      break;
    }
    case 'identify': {
      if (!has('endpoint')) missing('endpoint', `identify '${obj.id}' names no endpoint: Asterisk reports "missing required endpoint name" and drops it.`);
      const matches = obj.vars.some((v) => v.name.toLowerCase() === 'match' && splitList(v.value).some((x) => x.text !== ''));
      if (!matches && !has('match_header') && !has('match_request_uri')) {
        missing('match', `identify '${obj.id}'${gen} has no match, match_header or match_request_uri: Asterisk reports "is not configured to match anything" and drops it.`);
      }
      break;
    }
    case 'registration': {
      if (!has('server_uri')) missing('server_uri', `registration '${obj.id}' has no server_uri: Asterisk reports "No server URI specified" and drops it.`);
      if (!has('client_uri')) missing('client_uri', `registration '${obj.id}' has no client_uri: Asterisk reports "No client URI specified" and drops it.`);
      const line = booleanValue(val('line')) === true;
      if (line && !has('endpoint')) conflict(eff.get('line'), `line=yes needs endpoint= on registration '${obj.id}': Asterisk drops it.`);
      if (!line && has('endpoint')) conflict(eff.get('endpoint'), `endpoint= on registration '${obj.id}' only works with line=yes: Asterisk drops the registration.`);
      break;
    }
    case 'transport': {
      if (!has('bind') && val('protocol').toLowerCase() !== 'flow') {
        missing('bind', `transport '${obj.id}' has no bind address: Asterisk reports "could not be started as binding not specified" and drops it.`);
      }
      break;
    }
    case 'outbound-publish': {
      if (!has('server_uri')) missing('server_uri', `outbound-publish '${obj.id}' has no server_uri: Asterisk drops it.`);
      if (!has('event')) missing('event', `outbound-publish '${obj.id}' has no event: Asterisk drops it.`);
      break;
    }
    case 'resource_list': {
      if (!has('event')) missing('event', `resource_list '${obj.id}' has no event: Asterisk drops it.`);
      if (!obj.vars.some((v) => v.name.toLowerCase() === 'list_item' && v.value.trim() !== '')) missing('list_item', `resource_list '${obj.id}' has no list_item: Asterisk drops it.`);
      break;
    }
    case 'phoneprov': {
      if (!has('mac')) { if (!obj.wizardPrefix) missing('MAC', `phoneprov '${obj.id}' has no MAC: Asterisk drops it.`); else fail(obj, 'no MAC'); }
      if (!has('profile')) missing('PROFILE', `phoneprov '${obj.id}'${gen} has no PROFILE: Asterisk drops it.`);
      break;
    }
    case 'endpoint': {
      if (!obj.vars.some((v) => ENDPOINT_RELATIONS.has(v.name) || ENDPOINT_RELATIONS.has(v.name.toLowerCase()))) break;
      const minSe = eff.get('timers_min_se');
      const min = minSe && /^\s*\d/.test(minSe.value) ? parseCInt(minSe.value) : 90;
      if (minSe && min < 90) conflict(minSe, `timers_min_se must be 90 or more: Asterisk drops ${name}.`);
      const sess = eff.get('timers_sess_expires');
      if (sess && /^\s*\d/.test(sess.value) && parseCInt(sess.value) < min) conflict(sess, `timers_sess_expires (${sess.value}) must not be below timers_min_se (${min}): Asterisk drops ${name}.`);
      const pco = eff.get('preferred_codec_only');
      const icop = eff.get('incoming_call_offer_pref');
      if (pco && booleanValue(pco.value) === true && icop && icop.value !== 'local') {
        conflict(pco, `preferred_codec_only cannot be combined with incoming_call_offer_pref=${icop.value}: Asterisk drops ${name}.`);
      }
      const auto = eff.get('dtls_auto_generate_cert');
      if (auto && booleanValue(auto.value) === true && has('dtls_cert_file')) {
        conflict(auto, `dtls_auto_generate_cert cannot be combined with dtls_cert_file: Asterisk drops ${name}.`);
      }
      const ps = eff.get('rtp_port_start'), pe = eff.get('rtp_port_end');
      const n = (v?: Variable) => (v && /^\s*\d/.test(v.value) ? parseCInt(v.value) : 0);
      if ((ps && n(ps)) || (pe && n(pe))) {
        if (!n(ps) || !n(pe)) conflict(ps ?? pe, `rtp_port_start and rtp_port_end must be set together: Asterisk drops ${name}.`);
        else if (n(ps) < 1024 || n(pe) < 1024) conflict(n(ps) < 1024 ? ps : pe, `RTP ports must be 1024 or above: Asterisk drops ${name}.`);
        else if (n(pe) <= n(ps)) conflict(pe, `rtp_port_end must be above rtp_port_start: Asterisk drops ${name}.`);
      }
      break;
    }
    default:
      break;
  }
}

// ---- templates ----------------------------------------------------------------------------------------------

function checkTemplate(ctx: Ctx, t: Section): void {
  const tv = typeVar(t.vars);
  let type = tv && getType(tv.value)?.configurable ? tv.value : undefined;
  if (t.config.kind === 'wizard') {
    const probe: PjsipObject = { type: 'wizard', id: t.name, section: t, vars: t.vars, loads: true };
    checkWizardKeys(ctx, probe, 'template');
    return;
  }
  if (!type) type = t.children.map((c) => c.type).find((x): x is string => !!x);
  if (type) {
    t.type = type;
    checkOptions(ctx, { type, id: t.name, section: t, vars: t.vars, loads: true }, 'template');
    return;
  }
  // No type anywhere: only names that exist in no type at all can be flagged.
  for (const v of t.vars) {
    const lower = v.name.toLowerCase();
    if (lower === 'type' || isExtendedField(v.name) || typesWithOption(v.name).length || /^event_/i.test(v.name)) continue;
    const all = configurableTypes().flatMap((x) => x.options.filter((o) => !o.wildcard).map((o) => o.name));
    ctx.sink.add({ ...entryRange(v.entry, 'key'), code: 'unknown-option', variant: 'not-an-object',
      message: `'${v.name}' is not an option of any PJSIP type: every object that uses [${t.name}] will fail to load.`,
      data: { suggestions: suggest(v.name, new Set(all), 3) } });
  }
}

// ---- wizards ------------------------------------------------------------------------------------------------

const WIZ_OWN = new Set(getType('wizard')!.options.map((o) => o.name.toLowerCase()));

function isWizardSection(s: Section): boolean {
  return s.vars.some((v) => v.name.includes('type') && v.value === 'wizard');
}

function wizardSection(ctx: Ctx, s: Section): void {
  if (!isWizardSection(s)) {
    const tv = typeVar(s.vars);
    if (tv) {
      ctx.sink.add({ ...entryRange(tv.entry, 'value'), code: 'unknown-type',
        message: `pjsip_wizard.conf is only read by the config wizard, which takes sections with exactly type=wizard: [${s.name}] is ignored${getType(tv.value)?.configurable ? ` (define ${aType(tv.value)} in pjsip.conf)` : ''}.`,
        data: { suggestions: ['wizard'] } });
    } else {
      const empty = s.vars.length === 0;
      ctx.sink.add({ ...nameRange(s), code: 'missing-type', variant: empty ? 'empty' : undefined,
        message: empty ? `[${s.name}] is empty and has no type=wizard: the config wizard ignores it.` : `[${s.name}] has no type=wizard line: the config wizard ignores it.`,
        data: { types: ['wizard'] } });
    }
    return;
  }
  s.type = 'wizard';
  const probe: PjsipObject = { type: 'wizard', id: s.name, section: s, vars: s.vars, loads: true };
  checkWizardKeys(ctx, probe, 'object');
  expandWizard(ctx, s);
}

/** Wizard-level keys: own options (values checked), prefixed options (checked per generated object), and the rest. */
function checkWizardKeys(ctx: Ctx, w: PjsipObject, mode: 'object' | 'template'): void {
  const wizType = getType('wizard')!;
  for (const v of w.vars) {
    if (v.synthetic) continue;
    const split = splitWizardKey(v.name);
    if (split) {
      if (mode === 'template') {
        const opt = findOptionAt(ctx.target, split.prefix.targetType, split.option);
        if (!opt && !isExtendedField(split.option)) {
          ctx.sink.add({ ...entryRange(v.entry, 'key', split.prefix.prefix.length), code: 'unknown-option', variant: 'not-an-object',
            message: `'${split.option}' is not ${aType(split.prefix.targetType)} option: every wizard that uses [${w.section.name}] fails to create its ${split.prefix.targetType}.`,
            data: { suggestions: suggest(split.option, getType(split.prefix.targetType)!.options.filter((o) => !o.wildcard).map((o) => o.name)) } });
        }
      }
      continue;
    }
    const lower = v.name.toLowerCase();
    if (WIZ_OWN.has(lower)) {
      const opt = wizType.byName.get(lower)!;
      if (lower === 'type') continue;
      for (const p of checkValue(opt, v.value)) {
        ctx.sink.add({ ...entryRange(v.entry, 'value'), code: 'invalid-value', variant: 'not-an-object', message: `${p.message}.`, data: p.suggestions ? { suggestions: p.suggestions } : undefined });
      }
      continue;
    }
    if (isExtendedField(v.name)) continue;
    const caseFix = wizardPrefixes().find((p) => v.name.toLowerCase().startsWith(p.prefix));
    const targets = typesWithOption(v.name).filter((t) => wizardPrefixes().some((p) => p.targetType === t));
    const sugg = caseFix
      ? [caseFix.prefix + v.name.slice(caseFix.prefix.length)]
      : suggest(v.name, [...wizType.options.map((o) => o.name), ...targets.flatMap((t) => wizardPrefixes().filter((p) => p.targetType === t).map((p) => p.prefix + v.name))], 3);
    const hint = caseFix ? ` (wizard prefixes are case-sensitive: write '${caseFix.prefix}')`
      : targets.length ? ` (options of generated objects need a prefix, e.g. '${wizardPrefixes().find((p) => p.targetType === targets[0])!.prefix}${v.name}')` : '';
    ctx.sink.add({ ...entryRange(v.entry, 'key'), code: 'unknown-option', variant: 'not-an-object',
      message: `'${v.name}' is not a wizard option${hint}: the wizard silently ignores it.`, data: { suggestions: sugg } });
  }
}

/** `host[:port]` or `[v6]:port` as the wizard's remote_hosts takes them. */
function isHostPort(h: string): boolean {
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (m) return isIPv6(m[1]);
  if (isIPv6(h)) return true;
  const hp = /^([^:]+)(?::\d+)?$/.exec(h);
  return !!hp && (isIPv4(hp[1]) || isHostname(hp[1]));
}

function synth(name: string, value: string, entry: OptionEntry): Variable {
  return { name, value, entry, synthetic: true };
}

/** A pseudo entry pointing at the wizard header, for values the wizard sets on its own. */
function headerEntry(s: Section): OptionEntry {
  const base = s.file.tree.lineStarts[s.line];
  const a = s.nameStart - base, b = s.nameEnd - base;
  return new OptionEntry(s.file, s.line, { key: '', keyStart: a, keyEnd: b, op: '=', opStart: b, value: '', valueStart: a, valueEnd: b, escaped: false }, s, s.dead, base);
}

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
    remoteHosts: splitList(last.get('remote_hosts')?.value ?? '').map((x) => x.text).filter(Boolean),
    sendsAuth: flag('sends_auth'),
    acceptsAuth: flag('accepts_auth'),
    sendsRegistrations: flag('sends_registrations'),
    acceptsRegistrations: flag('accepts_registrations'),
    sendsLine: flag('sends_line_with_registrations'),
    hasPhoneprov: flag('has_phoneprov'),
  };
}

/** Create the objects a wizard generates (and report what it refuses). */
function expandWizard(ctx: Ctx, s: Section): void {
  const vars = s.vars;
  const own = lastValues(vars.filter((v) => !splitWizardKey(v.name)));
  const f = wizardFlags(vars);
  const id = s.name;
  const hdr = headerEntry(s);
  const at = (n: string) => own.get(n)?.entry ?? hdr;
  const prefixed = (prefix: string): Variable[] => {
    const out: Variable[] = [];
    for (const v of vars) if (v.name.startsWith(prefix)) out.push({ name: v.name.slice(prefix.length), value: v.value, entry: v.entry, extendedBy: v.extendedBy });
    return out;
  };
  const findIn = (list: Variable[], n: string) => list.find((v) => v.name.toLowerCase() === n);
  const need = (entry: OptionEntry, option: string, message: string) => {
    const r = entry === hdr ? nameRange(s) : entryRange(entry, 'key');
    const add = [{ name: option, value: placeholder({ id, type: 'wizard' }, option.replace(/^.*\//, '')) }];
    if (/_auth\/username$/.test(option) && !prefixed(option.replace('username', '')).some((v) => v.name.toLowerCase() === 'password')) {
      add.push({ name: option.replace('username', 'password'), value: 'CHANGE_ME' });
    }
    ctx.sink.add({ ...r, code: 'wizard-missing-required', message, data: { addOptions: add } });
  };
  const overridden = (list: Variable[], n: string, prefix: string, why: string) => {
    for (const v of list) if (v.name.toLowerCase() === n && !v.synthetic) {
      ctx.sink.add({ ...assignmentRange(v.entry), code: 'wizard-ignored-option',
        message: `The wizard sets ${prefix}${n} itself (${why}), after this line: this value has no effect.` });
    }
  };
  const transport = own.get('transport');
  const proxy = own.get('outbound_proxy');

  // endpoint
  const ep = prefixed('endpoint/');
  overridden(ep, 'aors', 'endpoint/', `to '${id}'`);
  const epVars = [...ep];
  if (transport?.value) epVars.push(synth('transport', transport.value, transport.entry));
  if (proxy?.value) epVars.push(synth('outbound_proxy', proxy.value, proxy.entry));
  if (f.sendsAuth) epVars.push(synth('outbound_auth', `${id}-oauth`, at('sends_auth')));
  if (f.acceptsAuth) epVars.push(synth('auth', `${id}-iauth`, at('accepts_auth')));
  epVars.push(synth('aors', id, hdr));
  addObject(ctx, s, 'endpoint', id, epVars, 'endpoint/');

  // aor
  const aor = prefixed('aor/');
  const aorVars = [...aor];
  if (proxy?.value) aorVars.push(synth('outbound_proxy', proxy.value, proxy.entry));
  if (!findIn(aor, 'contact')) {
    const pattern = own.get('contact_pattern')?.value ?? 'sip:${REMOTE_HOST}';
    for (const h of f.remoteHosts) aorVars.push(synth('contact', pattern.split('${REMOTE_HOST}').join(h), at('remote_hosts')));
  }
  addObject(ctx, s, 'aor', id, aorVars, 'aor/');

  // auths: outbound first
  let authOk = true;
  for (const [flag, prefix, suffix] of [['sends_auth', 'outbound_auth/', 'oauth'], ['accepts_auth', 'inbound_auth/', 'iauth']] as const) {
    if (!(flag === 'sends_auth' ? f.sendsAuth : f.acceptsAuth)) continue;
    const list = prefixed(prefix);
    if (!findIn(list, 'username')) {
      need(at(flag), `${prefix}username`, `${flag}=yes needs ${prefix}username: Asterisk reports "Wizard '${id}' must have '${prefix}username'" and creates no ${suffix === 'oauth' ? 'outbound' : 'inbound'} auth${flag === 'sends_auth' ? ' (nor the inbound one)' : ''}.`);
      if (flag === 'sends_auth') authOk = false;
      continue;
    }
    if (!authOk) continue;
    const authVars = [...list];
    if (!findIn(list, 'auth_type')) authVars.push(synth('auth_type', 'userpass', at(flag)));
    addObject(ctx, s, 'auth', `${id}-${suffix}`, authVars, prefix);
  }

  // identify
  if (!f.acceptsRegistrations && !f.sendsLine) {
    const idf = prefixed('identify/');
    overridden(idf, 'endpoint', 'identify/', `to '${id}'`);
    if (!f.remoteHosts.length) {
      need(own.get('remote_hosts')?.entry ?? hdr, 'remote_hosts',
        `A wizard that does not accept registrations needs remote_hosts (it builds an identify from them): Asterisk reports "Wizard '${id}' must have 'remote_hosts'" and creates no identify. Set remote_hosts, or accepts_registrations=yes for phones.`);
    } else {
      const idVars = [...idf, synth('endpoint', id, hdr)];
      if (!findIn(idf, 'match')) for (const h of f.remoteHosts) idVars.push(synth('match', h, at('remote_hosts')));
      const obj = addObject(ctx, s, 'identify', `${id}-identify`, idVars, 'identify/');
      const bad = findIn(idf, 'match') ? undefined : f.remoteHosts.find((h) => !isHostPort(h));
      if (bad) {
        const rh = own.get('remote_hosts')!;
        const i = rh.value.indexOf(bad);
        const exact = rh.entry.valueEnd - rh.entry.valueStart === rh.value.length && i >= 0;
        ctx.sink.add({ path: rh.entry.file.path, start: exact ? rh.entry.valueStart + i : rh.entry.valueStart, end: exact ? rh.entry.valueStart + i + bad.length : rh.entry.valueEnd,
          code: 'invalid-value',
          message: `'${bad}' is neither an IP address nor a host name: Asterisk cannot resolve it, so the wizard cannot create identify '${id}-identify'.` });
        fail(obj, `bad remote host '${bad}'`);
      }
    }
  }

  // registrations
  if (f.sendsRegistrations) {
    const reg = prefixed('registration/');
    overridden(reg, 'server_uri', 'registration/', 'from server_uri_pattern');
    overridden(reg, 'client_uri', 'registration/', 'from client_uri_pattern');
    if (!f.remoteHosts.length) {
      need(at('sends_registrations'), 'remote_hosts',
        `sends_registrations=yes needs remote_hosts: Asterisk reports "Wizard '${id}' must have 'remote_hosts' if it sends registrations" and creates no registration.`);
    } else if (!f.sendsAuth || findIn(prefixed('outbound_auth/'), 'username')) {
      const user = f.sendsAuth ? findIn(prefixed('outbound_auth/'), 'username')!.value : id;
      const sp = own.get('server_uri_pattern')?.value ?? 'sip:${REMOTE_HOST}';
      const cp = own.get('client_uri_pattern')?.value ?? 'sip:${USERNAME}@${REMOTE_HOST}';
      f.remoteHosts.forEach((h, n) => {
        const sub = (p: string) => p.split('${REMOTE_HOST}').join(h).split('${USERNAME}').join(user);
        const rv = [...reg, synth('server_uri', sub(sp), at('remote_hosts')), synth('client_uri', sub(cp), at('remote_hosts'))];
        if (f.sendsAuth) rv.push(synth('outbound_auth', `${id}-oauth`, at('sends_auth')));
        if (transport?.value) rv.push(synth('transport', transport.value, transport.entry));
        if (proxy?.value) rv.push(synth('outbound_proxy', proxy.value, proxy.entry));
        if (f.sendsLine) { rv.push(synth('line', 'yes', at('sends_line_with_registrations'))); rv.push(synth('endpoint', id, hdr)); }
        addObject(ctx, s, 'registration', `${id}-reg-${n}`, rv, 'registration/');
      });
    }
  }

  // phoneprov
  if (f.hasPhoneprov) {
    const pp = prefixed('phoneprov/');
    if (!findIn(pp, 'mac')) {
      need(at('has_phoneprov'), 'phoneprov/MAC', `has_phoneprov=yes needs phoneprov/MAC: Asterisk reports "Wizard '${id}' must have 'phoneprov/MAC'" and creates no phoneprov.`);
    } else {
      addObject(ctx, s, 'phoneprov', `${id}-phoneprov`, [...pp, synth('endpoint', id, hdr)], 'phoneprov/');
    }
  }
}

export type { OptionInfo };
