/**
 * Step 2: the endpoint's access lists (`deny`/`permit` lines together form one list, each `acl=` names another in
 * acl.conf). Every list must let the source address through. Within a list the last entry that covers the address
 * decides, and an address no entry covers is let through. A request a list refuses gets 401, with credentials or
 * without (log: "Not match Endpoint ACL"), measured on master and 20.7.0. An `acl=` that acl.conf does not define
 * refuses every request.
 */
import type { Model } from '../model';
import { sameName } from '../variables';
import type { PjsipObject, SourceFile, Variable } from '../types';
import { covers, parseAddress, parseAddressList, rangeCovered, isEveryone, type AddressEntry } from './addresses';

/** One permit or deny entry, with where it is written. */
export interface AclRule {
  permit: boolean;
  entry: AddressEntry;
  /** A line of the endpoint, or of acl.conf. */
  at: { file: SourceFile; line: number; start: number; end: number };
}

export interface AccessList {
  /** The name after `acl=`, or undefined for the endpoint's own permit/deny lines. */
  name?: string;
  rules: AclRule[];
  /** `acl=` names an ACL acl.conf does not define: every request is refused. */
  missing?: boolean;
  from?: Variable;
}

export function accessLists(model: Model, o: PjsipObject): AccessList[] {
  const own: AclRule[] = [];
  const lists: AccessList[] = [];
  for (const v of o.vars) {
    const permit = sameName(v.name, 'permit');
    if (permit || sameName(v.name, 'deny')) {
      const e = v.entry;
      for (const entry of parseAddressList(v.value))
        own.push({ permit, entry, at: { file: e.file, line: e.line, start: e.valueStart, end: e.valueEnd } });
    } else if (sameName(v.name, 'acl'))
      for (const name of v.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean))
        lists.push(namedList(model, name, v));
  }
  return own.length ? [{ rules: own }, ...lists] : lists;
}

function namedList(model: Model, name: string, from: Variable): AccessList {
  const sections = model.acls?.sections.get(name);
  if (!sections?.length) return { name, rules: [], missing: true, from };
  const rules: AclRule[] = [];
  for (const s of sections) {
    const { lines, lineStarts } = s.file.tree;
    for (let i = s.line + 1; i <= s.lastLine && i < lines.length; i++) {
      const a = lines[i].assignment;
      if (!a) continue;
      const key = a.key.toLowerCase();
      if (key !== 'permit' && key !== 'deny') continue;
      const at = { file: s.file, line: i, start: lineStarts[i] + a.valueStart, end: lineStarts[i] + a.valueEnd };
      for (const entry of parseAddressList(a.value)) rules.push({ permit: key === 'permit', entry, at });
    }
  }
  return { name, rules, from };
}

export type AclVerdict = { allowed: true } | { allowed: false; list: AccessList; rule?: AclRule };

/** Whether the endpoint's access lists let a request from `source` through. */
export function checkAcls(lists: readonly AccessList[], source: string): AclVerdict {
  const a = parseAddress(source);
  for (const list of lists) {
    if (list.missing) return { allowed: false, list };
    let permit = true;
    for (const r of list.rules)
      if (r.entry.kind === 'net' && a && covers(r.entry, a)) permit = r.permit !== r.entry.negated;
    const last = [...list.rules].reverse().find((r) => r.entry.kind === 'net' && a && covers(r.entry, a));
    if (!permit) return { allowed: false, list, rule: last };
  }
  return { allowed: true };
}

/**
 * Whether the lists refuse some address (else they restrict nothing): some deny entry, or a list acl.conf lacks,
 * whose addresses the permits after it do not all let back in.
 */
export function restrictsSources(lists: readonly AccessList[]): boolean {
  for (const list of lists) {
    if (list.missing) return true;
    const rules = list.rules;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      const refuses = r.permit === (r.entry.kind === 'net' && r.entry.negated);
      if (!refuses || r.entry.kind !== 'net') continue;
      const family = r.entry.family;
      const later = rules
        .slice(i + 1)
        .filter((x) => x.permit !== (x.entry.kind === 'net' && x.entry.negated))
        .flatMap((x) => (x.entry.kind === 'net' && x.entry.family === family ? [x.entry] : []));
      if (!rangeCovered(r.entry.lo, r.entry.hi, later)) return true;
    }
  }
  return false;
}

/** The permit entries for the whole address space (`0.0.0.0/0`) in lists that restrict nothing. */
export function permitsEveryone(lists: readonly AccessList[]): AclRule[] {
  if (restrictsSources(lists)) return [];
  return lists.flatMap((l) => l.rules.filter((r) => r.permit && isEveryone(r.entry)));
}
