/**
 * Which Asterisk release has what: the target version an admin runs, and availability of types, options, enum
 * values, defaults, value parsers and codecs per release (from the generated version data).
 *
 * Reading the data: `since: { 20: '20.12.0' }` means 20.12.0 and every later release of branch 20;
 * `removed: { 20: '20.8.1' }` means gone from 20.8.1 on. Branches have no release list here, so `20.7` (a branch and
 * minor without patch) stands for the newest 20.7 release: everything added in any 20.7.x is in it.
 */
import { part, type Part } from '../i18n/messages';
import { versionData } from './versions.generated';
import type { Branch, Line, OptionVersionData, Removed, Since } from './versionTypes';
import type { Locale } from '../i18n/locale';
import { statusText } from '../i18n/ui/statusTexts';

export type { Branch, Line, Since, Removed } from './versionTypes';

export const BRANCHES = Object.keys(versionData.branches) as Branch[];
const LINES: Line[] = [...BRANCHES, 'master'];

/** The Asterisk an answer is for. */
export interface AsteriskTarget {
  line: Line;
  /** Minor and patch within the branch (patch Infinity: the newest release of that minor). Unused for master. */
  minor: number;
  patch: number;
  /** How it reads in messages: `20.7.0`, `20.7`, `20.20.1`, `master`. */
  label: string;
  /** The admin set it (false: the default, the newest release). */
  explicit: boolean;
  /** What was asked for: a branch (its newest release), a branch and minor, a release, or master. */
  form?: 'branch' | 'minor' | 'release' | 'master';
}

function release(text: string): { minor: number; patch: number } {
  const [, minor, patch] = text.split('.').map(Number);
  return { minor, patch };
}

const NEWEST_BRANCH = BRANCHES[BRANCHES.length - 1];

/** Why a version setting is not valid: a status text key and its values (`versionProblemText` words it). */
export interface VersionProblem {
  key: 'versionNotAVersion' | 'versionUnknownBranch' | 'versionTooNew';
  params: Record<'text' | 'branches' | 'example' | 'newest' | 'branch' | 'last', string>;
}

/** The message for an invalid version setting, in `locale`. */
export function versionProblemText(locale: Locale | undefined, p: VersionProblem): string {
  return statusText(locale, p.key, p.params);
}

/** No version set: the newest release of the newest branch. */
export const DEFAULT_TARGET: AsteriskTarget = {
  line: NEWEST_BRANCH,
  ...release(versionData.branches[NEWEST_BRANCH].last),
  label: versionData.branches[NEWEST_BRANCH].last,
  explicit: false,
};

/**
 * Reads a target version: a branch (`20`: its newest release), a branch and minor (`20.7`), a release
 * (`20.7.0`) or `master`. Empty: the default. Anything else gives the default and one message saying why.
 */
export function parseAsteriskVersion(input: string | undefined | null): {
  target: AsteriskTarget;
  error?: string;
  problem?: VersionProblem;
} {
  const text = (input ?? '').trim();
  if (!text) return { target: DEFAULT_TARGET };
  if (text.toLowerCase() === 'master')
    return { target: { line: 'master', minor: 0, patch: 0, label: 'master', explicit: true, form: 'master' } };
  const fallback = (key: VersionProblem['key'], more: { branch?: string; last?: string } = {}) => {
    const problem: VersionProblem = {
      key,
      params: {
        text,
        branches: BRANCHES.join(', '),
        example: versionData.branches['20'].last,
        newest: DEFAULT_TARGET.label,
        branch: more.branch ?? '',
        last: more.last ?? '',
      },
    };
    return { target: DEFAULT_TARGET, problem, error: versionProblemText('en', problem) };
  };
  const m = /^(\d+)(?:\.(\d+)(?:\.(\d+))?)?$/.exec(text);
  if (!m) return fallback('versionNotAVersion');
  const line = m[1] as Branch;
  const info = versionData.branches[line];
  if (!info) return fallback('versionUnknownBranch');
  const last = release(info.last);
  if (m[2] === undefined) return { target: { line, ...last, label: info.last, explicit: true, form: 'branch' } };
  const minor = Number(m[2]);
  const patch = m[3] === undefined ? Infinity : Number(m[3]);
  if (minor > last.minor || (minor === last.minor && patch !== Infinity && patch > last.patch)) {
    return fallback('versionTooNew', { branch: line, last: info.last });
  }
  return {
    target: {
      line,
      minor,
      patch,
      label: m[3] === undefined ? `${line}.${minor}` : `${line}.${minor}.${patch}`,
      explicit: true,
      form: m[3] === undefined ? 'minor' : 'release',
    },
  };
}

/**
 * What a status bar says the answers are for: `20.7.0`, `18.26.4 (newest 18)`, `20.7.x (newest 20.7)`, `master`,
 * or the default release.
 */
export function targetText(target: AsteriskTarget, locale?: Locale): string {
  if (target.form === 'branch')
    return statusText(locale, 'labelBranch', { release: target.label, branch: target.line });
  if (target.form === 'minor') return statusText(locale, 'labelMinor', { minor: target.label });
  return target.label;
}

/**
 * The version `asterisk -V` printed (`Asterisk 20.7.0`, `Asterisk 18.26.4`, `Asterisk certified-20.7-cert1`,
 * `Asterisk GIT-master-f0c1c1a7b7`, `Asterisk 22.1.0-rc2`), as a setting this checker reads: a release, a branch and
 * minor, a branch, or master. A release newer than this checker knows gives its branch (the newest release known
 * of it); an unknown branch or an unreadable banner gives nothing.
 */
export function versionFromBanner(banner: string): string | undefined {
  const m = /^Asterisk\s+(\S+)/.exec(banner.trim());
  if (!m) return undefined;
  const v = m[1];
  if (/^GIT-master\b/i.test(v) || /^master\b/i.test(v)) return 'master';
  const git = /^GIT-(\d+)\b/i.exec(v);
  const rel = /^(?:certified[-/])?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(v);
  const setting = git
    ? git[1]
    : rel
      ? rel
          .slice(1)
          .filter((x) => x !== undefined)
          .join('.')
      : undefined;
  if (!setting) return undefined;
  const { problem } = parseAsteriskVersion(setting);
  if (!problem) return setting;
  return problem.key === 'versionTooNew' ? setting.split('.')[0] : undefined;
}

/** Choices for a version picker: every branch (its newest release) and master; `release`: that release, or master's commit. */
export function versionChoices(): { value: string; label: string; description: string; release: string }[] {
  return [
    ...BRANCHES.slice()
      .reverse()
      .map((b) => ({
        value: b,
        label: `Asterisk ${b}`,
        description: `newest release, ${versionData.branches[b].last}`,
        release: versionData.branches[b].last,
      })),
    {
      value: 'master',
      label: 'Asterisk master',
      description: `development head ${versionData.source.master.slice(0, 10)}`,
      release: versionData.source.master.slice(0, 10),
    },
  ];
}

/** `target` is at or after the release `from` of its line (`from` is undefined: the line never has it). */
function reached(target: AsteriskTarget, from: string | undefined): boolean {
  if (from === undefined) return false;
  if (target.line === 'master') return true;
  const r = release(from);
  return r.minor < target.minor || (r.minor === target.minor && r.patch <= target.patch);
}

/** Whether something with this availability is in the target release. Undefined `since`: in every release. */
export function present(target: AsteriskTarget, since: Since | undefined, removed?: Removed): boolean {
  if (!since) return true;
  if (!reached(target, since[target.line])) return false;
  if (target.line !== 'master' && removed?.[target.line] && reached(target, removed[target.line])) return false;
  return true;
}

/** Every release of every branch has it (nothing to say about versions). */
export function everywhere(since: Since | undefined, removed?: Removed): boolean {
  if (!since) return true;
  if (removed && Object.keys(removed).length) return false;
  return BRANCHES.every((b) => since[b] === versionData.branches[b].first) && since.master === 'master';
}

function optionData(type: string, option: string): OptionVersionData | undefined {
  return versionData.options[type]?.[option];
}

export interface Availability {
  since?: Since;
  removed?: Removed;
}

/** Availability of a type, an option, or an option's enum value. */
export function availability(type: string, option?: string, value?: string): Availability {
  if (option === undefined) return { since: versionData.types[type] };
  const o = optionData(type, option);
  if (!o) return {};
  if (value === undefined) return { since: o.since, removed: o.removed };
  const key = o.enumsSince && Object.keys(o.enumsSince).find((k) => k.toLowerCase() === value.toLowerCase());
  if (!key) return {};
  return { since: o.enumsSince![key], removed: o.enumsRemoved?.[key] };
}

export function hasType(target: AsteriskTarget, type: string): boolean {
  return present(target, versionData.types[type]);
}

/** Whether the target has the option (names as the schema spells them). */
export function hasOption(target: AsteriskTarget, type: string, option: string): boolean {
  // What `availability(type, option)` gives, read in place: this runs twice per line of a config.
  const o = optionData(type, option);
  return present(target, o?.since, o?.removed);
}

export function hasEnumValue(target: AsteriskTarget, type: string, option: string, value: string): boolean {
  const a = availability(type, option, value);
  return present(target, a.since, a.removed);
}

/** Options some release has that master does not (e.g. identify's short-lived `transport`). */
export function formerOptions(type: string): string[] {
  const opts = versionData.options[type];
  if (!opts) return [];
  return Object.entries(opts)
    .filter(([, o]) => o.since && !o.since.master)
    .map(([n]) => n);
}

/** Codecs that exist only in some releases, with their availability (others: every release). */
export function codecAvailability(name: string): Since | undefined {
  return versionData.codecs[name];
}

export function codecExists(target: AsteriskTarget, name: string): boolean {
  return present(target, versionData.codecs[name]);
}

/** Codecs some release has that master does not. */
export function formerCodecs(): string[] {
  return Object.entries(versionData.codecs)
    .filter(([, s]) => !s.master)
    .map(([c]) => c);
}

/** The history entry of `list` that holds in the target (the one with the latest `from` reached), if any. */
function atTarget<T extends { from: Since }>(
  target: AsteriskTarget,
  list: T[] | undefined,
): { entry: T; latest: boolean } | undefined {
  if (!list) return undefined;
  let best: T | undefined;
  for (const x of list) {
    const from = x.from[target.line];
    if (!reached(target, from)) continue;
    if (!best || target.line === 'master' || compareReleases(from!, best.from[target.line]!) >= 0) best = x;
  }
  return best ? { entry: best, latest: best === list[list.length - 1] } : undefined;
}

function compareReleases(a: string, b: string): number {
  const x = a.split('.').map(Number),
    y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * The built-in default of an option in the target, when it changed over time: `{ value }` (undefined value: no
 * default). Undefined: the default never changed (the schema's holds).
 */
export function defaultFor(
  target: AsteriskTarget,
  type: string,
  option: string,
): { value: string | undefined } | undefined {
  const hit = atTarget(target, optionData(type, option)?.defaults);
  return hit ? { value: hit.entry.value ?? undefined } : undefined;
}

/**
 * The value parser of an option in the target, when it changed over time. `current` is false when the target
 * still has an older registration than master's: master's value checks, deprecation and notes do not apply to it.
 */
export function parserFor(
  target: AsteriskTarget,
  type: string,
  option: string,
): { parser: string; current: boolean } | undefined {
  const list = optionData(type, option)?.parsers;
  const hit = atTarget(target, list);
  if (!hit) return undefined;
  // a changed default marks a new registration too (stir_shaken's default went away when it was retired)
  const d = atTarget(target, optionData(type, option)?.defaults);
  return { parser: hit.entry.value, current: hit.latest && (!d || d.latest) };
}

/** How a release reads in a list: a branch's first release is the whole branch (`22`), others as written. */
function short(line: Line, from: string): string {
  if (line === 'master') return 'master';
  return from === versionData.branches[line].first ? line : from;
}

/** The lines that have it, each with the release it starts at and where it is gone again. */
function spans(a: Availability): { line: Line; text: string }[] {
  const out: { line: Line; text: string }[] = [];
  const since = a.since ?? {};
  for (const l of LINES) {
    const from = since[l];
    if (!from) continue;
    const gone = l !== 'master' ? a.removed?.[l] : undefined;
    out.push({ line: l, text: gone ? `${from} (gone in ${gone})` : short(l, from) });
  }
  return out;
}

/**
 * Availability per branch for a hover: `20.12.0 · 21.7.0 · 22.2.0 · 23`. A bare branch means all its releases;
 * master is named only when the newest branch lacks it.
 */
export function formatBranches(a: Availability): string {
  if (!a.since) return BRANCHES.join(' · ');
  const s = spans(a).filter((x) => x.line !== 'master' || !a.since![NEWEST_BRANCH]);
  return s.length ? s.map((x) => x.text).join(' · ') : 'no release';
}

/** The releases to name for where something exists: a trailing run of whole branches collapses into its first. */
function existsItems(a: Availability): string[] {
  const s = spans(a);
  if (s.length === 1 && s[0].line === 'master') return ['master'];
  // only a run that goes on through every later line up to master may collapse ("16" must not mean "16 and 18")
  const reachesMaster = (from: number) => s.length - from === LINES.length - LINES.indexOf(s[from].line);
  let cut = s.length;
  while (cut > 0 && (s[cut - 1].line === 'master' || s[cut - 1].text === s[cut - 1].line) && reachesMaster(cut - 1))
    cut--;
  let tail = s.slice(cut);
  // `23.2.0 and master` says no more than `23.2.0`
  if (tail.length === 1 && tail[0].line === 'master' && cut > 0 && s[cut - 1].line === NEWEST_BRANCH) tail = [];
  const head = s
    .slice(0, cut)
    .filter((x) => x.line !== 'master')
    .map((x) => x.text);
  return tail.length ? [...head, tail[0].line === 'master' ? 'master' : tail[0].text] : head;
}

function joinWith(items: string[], word: string): string {
  if (!items.length) return 'no release';
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/**
 * Where it exists, for a message: `18.25.0, 20.10.0, 21.5.0 and 22` (`22` = every 22 release and later
 * branches); `master only`.
 */
export function formatExistsFrom(a: Availability): string {
  const items = existsItems(a);
  return items.length === 1 && items[0] === 'master' && !a.since?.[NEWEST_BRANCH]
    ? 'master only'
    : joinWith(items, 'and');
}

/** The sentence for something the target lacks: `exists from ...; Asterisk 20.7.0 does not know it`. */
export function missingIn(target: AsteriskTarget, a: Availability): string {
  const where = formatExistsFrom(a);
  return `${a.removed && Object.keys(a.removed).length ? 'exists in' : 'exists from'} ${where}; Asterisk ${target.label} does not know it`;
}

/** `missingIn` as a catalogue phrase (for messages shown in the reader's language). */
export function missingInPart(target: AsteriskTarget, a: Availability): Part {
  const items = existsItems(a);
  const where =
    items.length === 1 && items[0] === 'master' && !a.since?.[NEWEST_BRANCH]
      ? part('version/master-only')
      : part('version/and-list', { items });
  const removed = !!a.removed && Object.keys(a.removed).length > 0;
  return part(removed ? 'version/exists-in' : 'version/exists-from', { where, target: target.label });
}

/** `needsNote` as a catalogue phrase in parentheses: ` (needs 20.12.0 or 23)`, or nothing. */
export function needsPart(a: Availability): Part | undefined {
  if (everywhere(a.since, a.removed)) return undefined;
  return part('note/needs', { releases: part('version/or-list', { items: existsItems(a) }) });
}

/** The releases that have it, as a catalogue phrase (`20.12.0, 21.7.0, 22.2.0 or 23`), or nothing when all do. */
export function releasesPart(a: Availability): Part | undefined {
  if (everywhere(a.since, a.removed)) return undefined;
  return part('version/or-list', { items: existsItems(a) });
}

/** Short note for a suggestion that not every release has: `needs 20.12.0, 21.7.0, 22.2.0 or 23`. */
export function needsNote(a: Availability): string | undefined {
  if (everywhere(a.since, a.removed)) return undefined;
  return `needs ${joinWith(existsItems(a), 'or')}`;
}
