/**
 * sip.conf (as read by read.ts) to pjsip objects and one row per setting per section. Peers first (their
 * transports, then the registrations that may name them), then what became of [general], templates and the
 * sections chan_sip skipped.
 */
import type { AsteriskTarget } from '../schema/versions';
import { brokenOutcome, GeneralView, ignoredOutcome, manualOutcome, note, type PeerCtx } from './context';
import { generalOutcomes, worse } from './general';
import { Layout } from './layout';
import { Output } from './output';
import { convertPeer, sipTypeOf } from './peer';
import { peerAddress } from './peerAddress';
import { maskValue } from './mask';
import type { SipRead } from './read';
import { makeRegistration, parseRegister, retryPlan, type PeerInfo } from './register';
import { makeTransports } from './transports';
import type { Note, Outcome, Row, SipSection, SipSetting } from './types';

export interface Conversion {
  out: Output;
  layout: Layout;
  rows: Row[];
  /** Notes on the whole set (not tied to a line), with whether they need the admin. */
  notes: { note: Note; manual: boolean }[];
  peers: number;
  endpoints: number;
  registerLines: number;
  registrations: number;
}

export function convertSip(read: SipRead, target: AsteriskTarget): Conversion {
  const out = new Output(target);
  const generals = read.sections.filter((s) => s.name.toLowerCase() === 'general' && !s.isTemplate);
  const general = new GeneralView(generals[0]?.settings ?? []);
  const candidates = read.sections.filter(
    (s) => !s.isTemplate && !['general', 'authentication'].includes(s.name.toLowerCase()),
  );
  const merged = mergeDuplicates(candidates);
  const holding = new Set<string>([...merged.map((m) => m.path), ...general.list('register').map((s) => s.path)]);
  const layout = new Layout(read, holding);
  // transports first, so that they come first in pjsip.conf
  const needed = new Set<string>();
  const transportsAt = out.objects.length;
  const peerCtxs: PeerCtx[] = [];
  const skipped = new Map<SipSection, Outcome>();
  for (const section of merged) {
    const t = sipTypeOf(section);
    // a name pjsip reads as a list (`aors=a,b`) cannot name one object
    if (section.name.includes(',') || !section.name) skipped.set(section, brokenOutcome(note('badPeerName')));
    // an md5secret no device can answer: converting it would leave the device unchallenged or need a made-up one
    else if (badMd5(section)) skipped.set(section, brokenOutcome(note('badMd5secret')));
    else if (typeof t === 'string') {
      const r = convertPeer(out, section, t, general, layout.fileOf(section.path));
      peerCtxs.push(r.ctx);
      r.protocols.forEach((p) => needed.add(p));
    } else
      skipped.set(
        section,
        'missing' in t ? brokenOutcome(note('noType')) : brokenOutcome(note('unknownType', { type: t.unknown })),
      );
  }
  // each register line needs a transport of its protocol (tcp:// and tls:// ones too)
  for (const s of general.list('register')) needed.add(parseRegister(s.value)?.transport ?? 'udp');
  const transports = makeTransports(out, general, needed);
  out.objects.splice(transportsAt, 0, ...out.objects.splice(out.objects.length - transports.byProtocol.size));
  const regs = registrations(out, general, peerCtxs, layout);
  const settled = new Map<SipSetting, Outcome>([...transports.outcomes, ...regs.outcomes]);
  const generalRows = generalOutcomes({ out, general, peers: peerCtxs, settled, registrations: regs.count });
  out.dropEmpty(['global', 'system', 'acl']);
  const rows = buildRows(read, generals, generalRows, peerCtxs, skipped);
  return {
    out,
    layout,
    rows,
    notes: setNotes(read, general),
    peers: peerCtxs.length,
    endpoints: out.objects.filter((o) => o.type === 'endpoint').length,
    registerLines: general.list('register').length,
    registrations: regs.count,
  };
}

function badMd5(section: SipSection): boolean {
  const v = [...section.settings]
    .reverse()
    .find((s) => s.name === 'md5secret')
    ?.value.trim();
  return !!v && !/^[0-9a-fA-F]{32}$/.test(v);
}

/** Sections of the same name are one peer in chan_sip (measured: the later one's lines update the first). */
function mergeDuplicates(sections: SipSection[]): SipSection[] {
  const byName = new Map<string, SipSection>();
  for (const s of sections) {
    const k = s.name.toLowerCase();
    const first = byName.get(k);
    if (first) byName.set(k, { ...first, settings: [...first.settings, ...s.settings] });
    else byName.set(k, s);
  }
  return [...byName.values()];
}

function registrations(out: Output, general: GeneralView, peers: PeerCtx[], layout: Layout) {
  const outcomes = new Map<SipSetting, Outcome>();
  const plan = retryPlan(general);
  const info = new Map<string, PeerInfo>();
  for (const p of peers) {
    const secret = [...p.settings].reverse().find((s) => s.name === 'secret')?.value ?? '';
    info.set(p.name.toLowerCase(), { name: p.name, address: peerAddress(p), secret });
  }
  let count = 0;
  const seen = new Map<string, SipSetting>();
  for (const s of general.list('register')) {
    const line = parseRegister(s.value);
    const dup = seen.get(s.value.trim());
    if (dup) outcomes.set(s, ignoredOutcome(note('registerDuplicate', { line: dup.line + 1 })));
    else if (!line) outcomes.set(s, brokenOutcome(note('registerUnreadable')));
    else {
      seen.set(s.value.trim(), s);
      const o = makeRegistration(out, { setting: s, line, file: layout.fileOf(s.path), peers: info, plan, general });
      outcomes.set(s, o);
      if (o.status !== 'broken') count++;
    }
  }
  for (const p of peers)
    for (const cb of p.callbacks) {
      const a = info.get(p.name.toLowerCase())!;
      const user =
        [...p.settings].reverse().find((s) => s.name === 'defaultuser' || s.name === 'username')?.value || p.name;
      if (!a.address || a.address.dynamic) {
        p.outcomes.set(cb.setting, manualOutcome(note('callbackNoHost')));
        continue;
      }
      const line = { transport: 'udp', user, secret: '', host: p.name, extension: cb.contactUser };
      const o = makeRegistration(out, {
        setting: cb.setting,
        line,
        file: p.file,
        peers: info,
        plan,
        general,
        forPeer: p.name,
      });
      p.outcomes.set(cb.setting, o);
      if (o.status !== 'broken') count++;
    }
  for (const [s, o] of plan.outcomes) outcomes.set(s, count ? o : ignoredOutcome(note('noRegistrations')));
  return { outcomes, count };
}

function row(s: SipSetting, section: SipSection, outcome: Outcome): Row {
  return {
    path: s.path,
    line: s.line,
    section: section.name,
    sectionPath: section.path,
    sectionLine: section.line,
    key: s.key,
    shown: maskValue(s.name, s.value),
    ...(s.template ? { template: s.template } : {}),
    outcome,
  };
}

function buildRows(
  read: SipRead,
  generals: SipSection[],
  generalRows: Map<SipSetting, Outcome>,
  peers: PeerCtx[],
  skipped: Map<SipSection, Outcome>,
): Row[] {
  const rows: Row[] = [];
  const outcomeOf = new Map<SipSetting, Outcome>();
  for (const p of peers) for (const [s, o] of p.outcomes) outcomeOf.set(s, o);
  const skippedByName = new Map([...skipped].map(([s, o]) => [s.name.toLowerCase(), o] as const));
  for (const section of read.sections) {
    const name = section.name;
    if (section.isTemplate) {
      rows.push(...templateRows(section, peers, outcomeOf));
      continue;
    }
    const lower = name.toLowerCase();
    for (const s of section.settings) {
      let o: Outcome;
      if (lower === 'general')
        o =
          section === generals[0]
            ? (generalRows.get(s) ?? ignoredOutcome(note('notRead')))
            : ignoredOutcome(note('secondGeneral'));
      else if (lower === 'authentication') o = manualOutcome(note('generalAuth'));
      else if (skippedByName.has(lower))
        o =
          s.name === 'type' || !section.settings.some((x) => x.name === 'type')
            ? skippedByName.get(lower)!
            : ignoredOutcome(note('sectionSkipped'));
      else o = outcomeOf.get(s) ?? ignoredOutcome(note('notRead'));
      rows.push(row(s, section, o));
    }
  }
  return rows;
}

/** A template's own lines: what they did in the sections built from it (the worst outcome). */
function templateRows(t: SipSection, peers: PeerCtx[], outcomeOf: Map<SipSetting, Outcome>): Row[] {
  const rows: Row[] = [];
  for (const s of t.settings) {
    if (s.template) continue; // a line the template itself inherited: its own template reports it
    const users: string[] = [];
    let worst: Outcome | undefined;
    for (const p of peers)
      for (const ps of p.settings)
        if (ps.template && ps.path === s.path && ps.line === s.line) {
          const o = outcomeOf.get(ps);
          if (!o) continue;
          users.push(p.name);
          worst = worst ? worse(worst, o) : o;
        }
    const o: Outcome = worst
      ? {
          ...worst,
          note: {
            key: 'templateUsed',
            params: { count: users.length, sections: users.slice(0, 5).join(', ') },
            then: worst.note,
          },
        }
      : ignoredOutcome(note('templateUnused'));
    rows.push(row(s, t, o));
  }
  return rows;
}

/** What the set as a whole tells the admin: realtime, guests chan_sip let in by default. */
function setNotes(read: SipRead, general: GeneralView): { note: Note; manual: boolean }[] {
  const notes: { note: Note; manual: boolean }[] = [];
  if (!general.last.has('allowguest'))
    notes.push({
      note: note('allowguestDefault', { context: general.value('context')?.trim() || 'default' }),
      manual: false,
    });
  if (read.rejected) notes.push({ note: note('sourceRejected'), manual: true });
  return notes;
}
