/**
 * Claims about what Asterisk does, checked on the real thing (test/oracle*.test.ts): each claim boots the Asterisk
 * of ../shared/asterisk on a small config, on every release packaged there (master, and 20.7.0 when present),
 * and checks both sides: what Asterisk logged and created, and what the checker, at that release, reports and
 * predicts. A claim says what differs on a release in `on`.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import type { RuleId } from '../../server/src/rules/registry';
import { asteriskMissing, asteriskReleases, runAsterisk, type AsteriskRun, type Release } from './asterisk';
import { fixture } from './fixture';

/** What a claim expects, on every release or on one. */
export interface Expectations {
  /** Parts of ERROR/WARNING lines Asterisk logs, and parts it must not log. */
  says: string[];
  silent?: string[];
  /** What we report (rule and the text under it), and rules that must stay quiet. */
  we: { rule: RuleId; under: string }[];
  quiet?: RuleId[];
  /** Findings we must not report (a rule on a text), where the rule may fire elsewhere. */
  notWe?: { rule: RuleId; under: string }[];
  /** Endpoints Asterisk loads (`pjsip show endpoints`), and the same for other types. */
  endpoints?: string[];
  shown?: Partial<Record<ShownType, string[]>>;
  /** CLI commands, and parts of their output. */
  extra?: { cmd: string; shows: string[] }[];
}

export interface Claim extends Expectations {
  name: string;
  /** pjsip.conf, and other files by name. */
  files: Record<string, string>;
  /** What differs on a release. */
  on?: Partial<Record<Release, Partial<Expectations>>>;
  /** Only on these releases (the answer is about one of them). */
  releases?: Release[];
}

type ShownType = 'aor' | 'auth' | 'transport';

/** The `pjsip show ...` file of each type, and how a row names its object. */
const SHOW: Record<ShownType | 'endpoint', { file: string; row: RegExp }> = {
  endpoint: { file: 'pjsip_show_endpoints.txt', row: /^\s*Endpoint:\s+(\S+)/gm },
  aor: { file: 'pjsip_show_aors.txt', row: /^\s*Aor:\s+(\S+)/gm },
  auth: { file: 'pjsip_show_auths.txt', row: /^\s*Auth:\s+([^\s/]+)/gm },
  transport: { file: 'pjsip_show_transports.txt', row: /^\s*Transport:\s+(\S+)/gm },
};

/** Object names a `pjsip show` output lists (headers left out), each once. */
export function shownObjects(run: AsteriskRun, type: ShownType | 'endpoint'): string[] {
  const { file, row } = SHOW[type];
  const names = [...run.out(file).matchAll(row)].map((m) => m[1]).filter((n) => !n.startsWith('<'));
  return [...new Set(names)].sort();
}

/** The objects of a type the checker predicts to load, each name once. */
function predicted(f: ReturnType<typeof fixture>, type: string): string[] {
  return [...new Set(f.analysis.objects.filter((o) => o.type === type && o.loads).map((o) => o.id))].sort();
}

/** Defines one test per claim and release. */
export function checkClaims(title: string, claims: Claim[]): void {
  const missing = asteriskMissing();
  const releases = asteriskReleases();
  suite(title, { skip: missing, concurrency: true }, () => {
    for (const c of claims)
      for (const release of releases.filter((r) => !c.releases || c.releases.includes(r)))
        test(`${c.name} [${release}]`, () => checkClaim(c, release));
  });
}

async function checkClaim(c: Claim, release: Release): Promise<void> {
  const e: Expectations = { ...c, ...(c.on?.[release] ?? {}) };
  const extra = e.extra ?? [];
  const run = await runAsterisk(
    c.files,
    extra.length ? { ORACLE_EXTRA_CMDS: extra.map((x) => x.cmd).join('\n') } : {},
    release,
  );
  for (const s of e.says)
    assert.ok(
      run.problems.some((l) => l.includes(s)),
      `Asterisk ${release} should log "${s}"; it logged:\n${run.problems.join('\n')}`,
    );
  for (const s of e.silent ?? [])
    assert.ok(!run.problems.some((l) => l.includes(s)), `Asterisk ${release} should not log "${s}"`);
  extra.forEach((x, i) => {
    const out = run.out(`extra-${i + 1}.txt`);
    for (const s of x.shows) assert.ok(out.includes(s), `\`${x.cmd}\` should show "${s}"; it showed:\n${out}`);
  });
  const f = fixture(
    Object.entries(c.files)
      .map(([name, text]) => `;- /etc/asterisk/${name}\n${text.replace(/\|/g, '\\|')}`)
      .join('\n'),
    { asteriskVersion: release },
  );
  const shown: [ShownType | 'endpoint', string[] | undefined][] = [
    ['endpoint', e.endpoints],
    ...(Object.entries(e.shown ?? {}) as [ShownType, string[]][]),
  ];
  for (const [type, names] of shown) {
    if (!names) continue;
    const want = [...new Set(names)].sort();
    assert.deepEqual(shownObjects(run, type), want, `${type}s Asterisk ${release} loaded`);
    assert.deepEqual(predicted(f, type), want, `${type}s we predict to load at ${release}`);
  }
  const ours = f.analysis.diagnostics.map((d) => ({ rule: d.code, under: f.files.get(d.path)!.slice(d.start, d.end) }));
  for (const w of e.we)
    assert.ok(
      ours.some((o) => o.rule === w.rule && o.under === w.under),
      `we should report ${w.rule} on '${w.under}' at ${release}; we said ${JSON.stringify(ours)}`,
    );
  for (const n of e.notWe ?? [])
    assert.ok(
      !ours.some((o) => o.rule === n.rule && o.under === n.under),
      `we should not report ${n.rule} on '${n.under}' at ${release}`,
    );
  for (const q of e.quiet ?? [])
    assert.deepEqual(
      ours.filter((o) => o.rule === q),
      [],
      `we should not report ${q} at ${release}`,
    );
}
