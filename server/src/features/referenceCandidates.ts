/**
 * Did-you-mean for a reference that names nothing: which existing sections to offer instead, and whether the best
 * one is safe to apply with Enter. A wrong credential is worse than none, so ranking goes beyond spelling: names
 * that belong to the referring section first (`6002`, then `6002-auth` or `auth6002`, for endpoint `6002`), then names
 * nothing refers to yet, then the same file, then the edit distance. An auth or AoR that another identity already
 * uses (or that a wizard generates for another user) is offered, but never preferred; neither is a tie.
 */
import { editDistance, suggest } from '../schema/schema';
import type { Analysis } from '../analysis/analyze';
import type { Section } from '../model/types';

export interface Candidate {
  name: string;
  /** Safe to apply as the preferred fix. */
  preferred: boolean;
}

/** Types whose objects carry one identity's credentials or contacts. */
const IDENTITY_TYPES = new Set(['auth', 'aor']);
const MAX_CANDIDATES = 3;

interface Scored {
  name: string;
  key: number[];
  taken: boolean;
}

export function referenceCandidates(
  a: Analysis,
  type: string,
  name: string,
  referrer: Section | undefined,
): Candidate[] {
  const byId = a.index.get(type);
  if (!byId) return [];
  const owner = referrer ? (referrer.appendTarget ?? referrer).name.toLowerCase() : '';
  const pool = new Set(suggest(name, byId.keys(), 5));
  if (owner.length >= 3) for (const id of byId.keys()) if (id.toLowerCase().includes(owner)) pool.add(id);
  const users = usersByTarget(a, type);
  const scored = [...pool].map((id) => score(a, type, id, name, owner, referrer, users));
  scored.sort((x, y) => compareKeys(x.key, y.key) || x.name.localeCompare(y.name));
  const top = scored.slice(0, MAX_CANDIDATES);
  return top.map((c, i) => ({
    name: c.name,
    preferred: i === 0 && !c.taken && (top.length < 2 || compareKeys(c.key, top[1].key) !== 0),
  }));
}

function score(
  a: Analysis,
  type: string,
  id: string,
  written: string,
  owner: string,
  referrer: Section | undefined,
  users: Map<string, Set<string>>,
): Scored {
  const objs = a.index.get(type)!.get(id)!;
  const lower = id.toLowerCase();
  const ownName = owner === '' ? 2 : lower === owner ? 0 : lower.includes(owner) ? 1 : 2;
  const usedBy = users.get(id) ?? new Set<string>();
  const generatedFor = objs.filter((o) => o.wizardPrefix).map((o) => o.section.name.toLowerCase());
  const others = [...usedBy, ...generatedFor].filter((n) => n !== owner);
  const taken = IDENTITY_TYPES.has(type) && others.length > 0;
  const unreferenced = usedBy.size === 0 && generatedFor.length === 0;
  const sameFile = !!referrer && objs.some((o) => o.section.file === referrer.file);
  const key = [
    ownName,
    taken ? 1 : 0,
    unreferenced ? 0 : 1,
    sameFile ? 0 : 1,
    editDistance(written.toLowerCase(), lower),
  ];
  return { name: id, key, taken };
}

/** For each name of `type`, the (lower-cased) names of the sections whose options refer to it. */
function usersByTarget(a: Analysis, type: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of a.references) {
    if (r.targetType !== type || !r.targets.length) continue;
    let set = out.get(r.name);
    if (!set) out.set(r.name, (set = new Set()));
    set.add((r.section.appendTarget ?? r.section).name.toLowerCase());
  }
  return out;
}

function compareKeys(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
