/**
 * Checks that need the whole config set: duplicate objects, singletons, references between objects, transports
 * that collide, registrations that cannot start, and objects that load but will not work.
 */
import { aType, booleanValue, codecs, findOption, splitWizardKey, suggest } from '../schema/schema';
import { parseBind, parseCInt, splitList } from '../schema/values';
import { effective, sameName } from '../model/objects';
import type { Config, OptionEntry, PjsipObject, Reference, Section, Variable } from '../model/types';
import type { DiagnosticSink } from './sink';

export type ObjectIndex = Map<string, Map<string, PjsipObject[]>>;

export function indexObjects(objects: readonly PjsipObject[]): ObjectIndex {
  const byType: ObjectIndex = new Map();
  for (const o of objects) {
    let m = byType.get(o.type);
    if (!m) byType.set(o.type, (m = new Map()));
    const list = m.get(o.id);
    if (list) list.push(o); else m.set(o.id, [o]);
  }
  return byType;
}

function nameRange(s: Section) {
  return { path: s.file.path, start: s.nameStart, end: s.nameEnd };
}

/** Two sections of one type with one name: the whole type is refused. One global at most. */
export function checkDuplicates(index: ObjectIndex, sink: DiagnosticSink): void {
  for (const [type, m] of index) {
    let refused = false;
    for (const [id, list] of m) {
      const fromConfig = list.filter((o) => !o.wizardPrefix && !o.section.dead && !o.section.config.rejected);
      if (fromConfig.length < 2) continue;
      refused = true;
      const first = fromConfig[0];
      for (const dup of fromConfig.slice(1)) {
        sink.add({
          ...nameRange(dup.section), severity: 'error', code: 'duplicate-section',
          message: `A second ${type} named '${id}': Asterisk reports "duplicate object" and refuses to load every ${type} in ${basename(dup.section.config.root.path)}, not just this one.`,
          related: [{ ...nameRange(first.section), message: `first ${type} '${id}'` }],
        });
      }
    }
    if (refused) for (const list of m.values()) for (const o of list) if (!o.wizardPrefix && o.loads) { o.loads = false; o.failure = `duplicate ${type} names`; }
  }
  for (const single of ['global', 'system']) {
    const all = [...(index.get(single)?.values() ?? [])].flat().filter((o) => !o.section.dead);
    if (all.length < 2) continue;
    for (const o of all.slice(1)) {
      sink.add({
        ...nameRange(o.section), severity: single === 'global' ? 'error' : 'warning', code: 'duplicate-singleton',
        message: single === 'global'
          ? `Another type=global section: Asterisk reports "more than one object of type 'global'" and loads none of them.`
          : `Another type=system section: Asterisk loads only one of them and ignores the other.`,
        related: [{ ...nameRange(all[0].section), message: `first ${single} section` }],
      });
    }
    if (single === 'global') for (const o of all) { o.loads = false; o.failure ??= 'more than one global'; }
  }
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

type Target = { type: string; list: boolean; option: string };
type TargetCache = Map<string | undefined, Map<string, Target | null>>;

/** Options whose value names objects of another type (with the type), for one section's context. */
function targetOf(cache: TargetCache, type: string | undefined, key: string): Target | undefined {
  let m = cache.get(type);
  if (!m) cache.set(type, (m = new Map()));
  let hit = m.get(key);
  if (hit === undefined) m.set(key, (hit = computeTarget(type, key) ?? null));
  return hit ?? undefined;
}

function computeTarget(type: string | undefined, key: string): { type: string; list: boolean; option: string } | undefined {
  let t = type;
  let name = key;
  const split = t === 'wizard' ? splitWizardKey(key) : undefined;
  if (split) { t = split.prefix.targetType; name = split.option; }
  if (!t) return undefined;
  const opt = findOption(t, name);
  if (!opt?.target) return undefined;
  // list_item may also name dialplan hints or mailboxes: never report it as unresolved.
  return { type: opt.target, list: !!opt.list || opt.kind === 'reference-list', option: `${t}.${opt.name}` };
}

const WIZARD_OVERRIDES = new Set(['endpoint/aors', 'identify/endpoint']);

/** Calls `fn` for each comma-separated item of `value` (trimmed, non-empty) without building a list. */
function forEachItem(value: string, list: boolean, fn: (name: string, start: number, end: number) => void): void {
  if (!list || value.indexOf(',') < 0) {
    let a = 0, b = value.length;
    while (a < b && value.charCodeAt(a) <= 32) a++;
    while (b > a && value.charCodeAt(b - 1) <= 32) b--;
    if (b > a) fn(a === 0 && b === value.length ? value : value.slice(a, b), a, b);
    return;
  }
  let s = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i === value.length || value.charCodeAt(i) === 44) {
      let a = s, b = i;
      while (a < b && value.charCodeAt(a) <= 32) a++;
      while (b > a && value.charCodeAt(b - 1) <= 32) b--;
      if (b > a) fn(value.slice(a, b), a, b);
      s = i + 1;
    }
  }
}

type RefVisitor = (e: OptionEntry, cat: Section, target: Target, name: string, start: number, end: number, objs: PjsipObject[] | undefined) => void;

/** Visit every name written in an option value that refers to another object. */
function forEachValueReference(configs: readonly Config[], index: ObjectIndex, visit: RefVisitor): void {
  const cache: TargetCache = new Map(); // keys repeat a lot; the lookup is pure, so remember it for this pass
  for (const config of configs) {
    for (const block of config.blocks) {
      const cat = block.appendTarget ?? block;
      const type = cat.type ?? (cat.isTemplate ? cat.children.map((c) => c.type).find(Boolean) : undefined);
      if (!type) continue;
      for (const e of block.own) {
        const key = e.assignment.key;
        if (type === 'wizard' && WIZARD_OVERRIDES.has(key)) continue; // the wizard replaces these values
        const target = targetOf(cache, type, key);
        if (!target) continue;
        const value = e.assignment.value;
        const vs = e.valueStart;
        const exact = e.valueEnd - vs === value.length;
        const byId = index.get(target.type);
        if (!target.list || value.indexOf(',') < 0) {
          const name = value.trim();
          if (name) {
            const a = value.indexOf(name);
            visit(e, cat, target, name, exact ? vs + a : vs, exact ? vs + a + name.length : e.valueEnd, byId?.get(name));
          }
          continue;
        }
        forEachItem(value, true, (name, a, b) => {
          visit(e, cat, target, name, exact ? vs + a : vs, exact ? vs + b : e.valueEnd, byId?.get(name));
        });
      }
    }
  }
}

/**
 * Report the names that refer to nothing (resource_list items may name dialplan hints: never reported). A name
 * that matches a section Asterisk ignores for its missing or unknown type is not reported again: that section's
 * own diagnostic is the cause.
 */
export function checkReferences(configs: readonly Config[], index: ObjectIndex, sink: DiagnosticSink): void {
  const untyped = new Set<string>();
  for (const c of configs) for (const s of c.categories) if (!s.isTemplate && !s.type) untyped.add(s.name);
  forEachValueReference(configs, index, (e, _cat, target, name, start, end, objs) => {
    if (!objs?.length && target.option !== 'resource_list.list_item' && !untyped.has(name)) reportUnresolved(sink, e, { name, start, end, targetType: target.type }, index);
  });
}

/** Every reference written in the config set (header template names included), resolved. Built on demand. */
export function collectReferences(configs: readonly Config[], index: ObjectIndex): Reference[] {
  const refs: Reference[] = [];
  for (const config of configs) {
    for (const block of config.blocks) {
      for (const p of block.parents) {
        refs.push({ file: block.file, start: p.start, end: p.end, name: p.name, targetType: 'template', via: 'section', section: block, targets: p.target ? [p.target] : [] });
      }
      if (block.isAppend && block.header.items.some((i) => i.kind === 'append')) {
        refs.push({ file: block.file, start: block.nameStart, end: block.nameEnd, name: block.name, targetType: 'template', via: 'append', section: block, targets: block.appendTarget ? [block.appendTarget] : [] });
      }
    }
  }
  forEachValueReference(configs, index, (e, cat, target, name, start, end, objs) => {
    refs.push({
      file: e.file, start, end, name, targetType: target.type, via: target.option, entry: e, section: cat,
      targets: (objs ?? []).map((o) => o.section), generated: !!objs?.some((o) => !!o.wizardPrefix),
    });
  });
  return refs;
}

function reportUnresolved(sink: DiagnosticSink, e: OptionEntry, ref: { name: string; start: number; end: number; targetType: string }, index: ObjectIndex): void {
  // Did-you-mean candidates are ranked when a quick fix is asked for (see referenceSuggestions), not here:
  // a config with many dangling names and many sections would make that quadratic.
  let otherType: string | undefined;
  for (const [t, m] of index) if (t !== ref.targetType && m.has(ref.name)) { otherType = t; break; }
  const effect: Record<string, string> = {
    auth: 'requests that need it fail ("Couldn\'t find auth")',
    aor: 'the endpoint has no address to call or register to',
    transport: 'sending with it fails',
    endpoint: 'requests are not matched to an endpoint ("No matching endpoint found")',
  };
  sink.add({
    path: e.file.path, start: ref.start, end: ref.end, severity: 'error', code: 'unresolved-reference',
    message: `No ${ref.targetType} named '${ref.name}'${otherType ? ` (there is ${aType(otherType)} with that name)` : ''}: Asterisk loads this, but ${effect[ref.targetType] ?? `it fails when it needs the ${ref.targetType}`}.`,
    data: { createSection: { name: ref.name, type: ref.targetType } },
  });
}

/** The names of `type` closest to `name`, for the did-you-mean fix of an unresolved reference. */
export function referenceSuggestions(index: ObjectIndex, type: string, name: string): string[] {
  return suggest(name, index.get(type)?.keys() ?? [], 3);
}

// ---- objects that load but will not work --------------------------------------------------------------------

export function checkUsability(objects: readonly PjsipObject[], index: ObjectIndex, sink: DiagnosticSink): void {
  const flagged = new Set<PjsipObject>();
  const codecMemo = { vars: [] as Variable[], result: false };
  for (const o of objects) {
    if (!o.loads) continue;
    const eff = effective(o);
    if (o.type === 'endpoint') {
      if (!o.wizardPrefix && !(eff.get('aors')?.value ?? '').trim()) {
        sink.add({ ...nameRange(o.section), severity: 'warning', code: 'endpoint-without-aors',
          message: `Endpoint '${o.id}' has no aors: it cannot be called, and phones cannot register to it.`, data: { addOptions: [{ name: 'aors', value: o.id }] } });
      }
      if (!hasCodecs(o, codecMemo)) {
        const pre = o.wizardPrefix ?? '';
        sink.add({ ...nameRange(o.section), severity: 'warning', code: 'endpoint-without-codecs',
          message: `Endpoint '${o.id}' allows no codec (PJSIP has no default codecs): it loads, but every call fails for lack of a common codec. Add ${pre}allow=ulaw (or your phones' codecs).`,
          data: { addOptions: [{ name: `${pre}allow`, value: 'ulaw' }] } });
      }
      const auth = (eff.get('auth')?.value ?? '').trim();
      if (auth) {
        for (const it of splitList(eff.get('aors')?.value ?? '')) {
          for (const aor of index.get('aor')?.get(it.text) ?? []) {
            if (!aor.loads || flagged.has(aor)) continue;
            const av = effective(aor);
            const max = av.get('max_contacts');
            const n = max && /^\s*\d/.test(max.value) ? parseCInt(max.value) : 0;
            if (n > 0 || aor.vars.some((v) => v.name.toLowerCase() === 'contact' && v.value.trim())) continue;
            flagged.add(aor);
            const pre = aor.wizardPrefix ?? '';
            sink.add({ ...nameRange(aor.section), severity: 'warning', code: 'aor-rejects-registrations',
              message: `Aor '${aor.id}' is used by endpoint '${o.id}', which authenticates, but max_contacts is ${max ? max.value : 'not set (default 0)'} and there is no static contact: Asterisk refuses every REGISTER to it.${aor.wizardPrefix ? ' (accepts_registrations does not set it.)' : ''} Add ${pre}max_contacts=1.`,
              data: { addOptions: [{ name: `${pre}max_contacts`, value: '1' }] } });
          }
        }
      }
    }
    if (o.type === 'registration' && (eff.get('outbound_auth')?.value ?? '').trim()) {
      const arp = eff.get('auth_rejection_permanent');
      if (!arp || booleanValue(arp.value) !== false) {
        const pre = o.wizardPrefix ?? '';
        sink.add({ ...(arp && !arp.synthetic ? { path: arp.entry.file.path, start: arp.entry.valueStart, end: arp.entry.valueEnd } : nameRange(o.section)),
          severity: 'information', code: 'registration-stops-on-auth-failure',
          message: `Registration '${o.id}': after one authentication failure (401/403) Asterisk stops registering for good, because auth_rejection_permanent is ${arp ? arp.value : 'yes by default'}. Set ${pre}auth_rejection_permanent=no to keep retrying.`,
          data: { addOptions: [{ name: `${pre}auth_rejection_permanent`, value: 'no' }] } });
      }
    }
  }
}

const codecItems = new WeakMap<Variable, { name: string; allowing: boolean }[]>();

/** Apply allow/disallow in order, as Asterisk does, and say which codecs are left. */
export function effectiveCodecs(o: PjsipObject): Set<string> {
  const set = new Set<string>();
  for (const v of o.vars) {
    const n = v.name.toLowerCase();
    if (n !== 'allow' && n !== 'disallow') continue;
    let items = codecItems.get(v);
    if (!items) {
      items = [];
      for (const it of splitList(v.value, ',|')) {
        let name = it.text;
        let allowing = n === 'allow';
        if (name.startsWith('!')) { allowing = !allowing; name = name.slice(1); }
        name = name.replace(/:.*$/, '').toLowerCase();
        if (name) items.push({ name, allowing });
      }
      codecItems.set(v, items);
    }
    for (const it of items) {
      if (it.name === 'all') { if (it.allowing) for (const c of codecs()) set.add(c.name); else set.clear(); }
      else if (it.allowing) set.add(it.name); else set.delete(it.name);
    }
  }
  return set;
}

/** Whether any codec is left; endpoints built from one template share their codec lines, so `last` keeps the previous answer. */
function hasCodecs(o: PjsipObject, last: { vars: Variable[]; result: boolean }): boolean {
  const vars: Variable[] = [];
  for (const v of o.vars) if (sameName(v.name, 'allow') || sameName(v.name, 'disallow')) vars.push(v);
  if (vars.length === last.vars.length && vars.every((v, i) => v === last.vars[i])) return last.result;
  last.vars = vars;
  last.result = effectiveCodecs(o).size > 0;
  return last.result;
}

// ---- transports --------------------------------------------------------------------------------------------

interface Bound { o: PjsipObject; kind: 'udp' | 'tcp'; proto: string; host: string; port: number; v6: boolean }

/** Which loaded transports provide which protocols, after the bind conflicts are settled. */
export function checkTransports(objects: readonly PjsipObject[], sink: DiagnosticSink): Set<string> {
  const bound: Bound[] = [];
  const provides = new Set<string>();
  for (const o of objects) {
    if (o.type !== 'transport' || !o.loads) continue;
    const eff = effective(o);
    const proto = (eff.get('protocol')?.value || 'udp').toLowerCase();
    const bind = eff.get('bind');
    const b = bind ? parseBind(bind.value) : undefined;
    if (proto === 'ws' || proto === 'wss' || proto === 'flow') { provides.add(proto); continue; }
    if (!b) continue;
    const kind = proto === 'udp' ? 'udp' : 'tcp';
    const port = b.port || (proto === 'tls' ? 5061 : 5060);
    const clash = bound.find((x) => x.kind === kind && x.port === port && x.v6 === b.v6 && (x.host === b.host || isAny(x.host) || isAny(b.host)));
    if (clash) {
      const e = bind!.entry;
      sink.add({ path: e.file.path, start: e.valueStart, end: e.valueEnd, severity: 'error', code: 'transport-bind-conflict',
        message: `Transport '${clash.o.id}' already listens on ${kind === 'udp' ? 'udp' : 'tcp'} ${clash.host}:${clash.port}${clash.proto !== proto ? ` (${clash.proto})` : ''}: transport '${o.id}' fails to start ("Address already in use") and is not loaded.`,
        related: [{ ...nameRange(clash.o.section), message: `transport '${clash.o.id}'` }] });
      o.loads = false;
      o.failure = 'address already in use';
      continue;
    }
    bound.push({ o, kind, proto, host: b.host, port, v6: b.v6 });
    provides.add(proto);
  }
  return provides;
}

function isAny(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || /^0*:0*:0*:0*:0*:0*:0*:0*$/.test(host) || host === '::0';
}

/** Registrations need a transport of the kind their server URI asks for, when Asterisk builds their Contact. */
export function checkRegistrationTransports(objects: readonly PjsipObject[], provides: Set<string>, sink: DiagnosticSink): void {
  for (const o of objects) {
    if (o.type !== 'registration' || !o.loads) continue;
    const uri = effective(o).get('server_uri')?.value ?? '';
    const need = neededTransport(uri);
    if (!need || provides.has(need)) continue;
    const what = need;
    sink.add({ ...nameRange(o.section), severity: 'error', code: 'registration-without-transport',
      message: `Registration '${o.id}' needs a ${what} transport for ${uri || 'its server'}, and the config set has ${provides.size ? `only ${[...provides].join(', ')}` : 'no transport at all'}: Asterisk cannot build its Contact and drops it ("Could not create an object of type 'registration'").` });
    o.loads = false;
    o.failure = 'no transport';
  }
}

/** The transport protocol pjsip picks for a URI: tls for sips:, the ;transport= parameter, else udp. */
export function neededTransport(uri: string): string | undefined {
  let v = uri.trim();
  if (v.startsWith('<') && v.endsWith('>')) v = v.slice(1, -1);
  const m = /^(sips?):(?:[^@;]*@)?(\[[^\]]+\]|[^:;?]+)(?::\d+)?(.*)$/i.exec(v);
  if (!m) return undefined;
  const param = /;transport=([a-z]+)/i.exec(m[3]);
  let proto = m[1].toLowerCase() === 'sips' ? 'tls' : 'udp';
  if (param) proto = param[1].toLowerCase();
  if (proto === 'tcp' && m[1].toLowerCase() === 'sips') proto = 'tls';
  return proto;
}
