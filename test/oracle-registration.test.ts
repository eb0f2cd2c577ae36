/**
 * The registration failure model against the real thing: each scenario boots the Asterisk of ../shared/asterisk
 * (master, and 20.7.0 when present) with a scripted registrar beside it, and compares what Asterisk did (attempts,
 * final state, last log line) with what the model predicts from the same config at that release. Skips with one
 * line where there is no real Asterisk.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { logLine, predict, type Answer, type Prediction } from '../server/src/model/registrationFailures';
import { registrationSettings } from '../server/src/rules/registrations';
import { asteriskMissing, asteriskReleases, PATIENCE, REGISTRAR, runAsterisk } from './helpers/asterisk';
import { fixture } from './helpers/fixture';

const SERVER = 'sip:127.0.0.1:5080';
const CLIENT = 'sip:user@127.0.0.1:5080';

interface Scenario {
  name: string;
  /** Lines added to the registration. */
  options: string;
  /** Added to pjsip.conf (a [system] section, say). */
  extra?: string;
  /** registrar.py's arguments. */
  registrar: string;
  /** What the registrar answers to attempt i (to the authenticated REGISTER when challenged), for the model. */
  answer: (i: number) => Answer;
  /** CLI commands and sleeps after the settle time, and what they do to the expected number of attempts. */
  after?: { cmds: string[]; moreAttempts: number };
  /** Seconds to watch when the model says it never stops. */
  watch?: number;
}

const scenarios: Scenario[] = [
  {
    name: 'a refused password with the defaults stops at once',
    options: 'retry_interval=2\nmax_retries=2',
    registrar: '--mode 401-always',
    answer: () => ({ code: 401 }),
  },
  {
    name: 'auth_rejection_permanent=no: a 401 is retried max_retries times, then stops',
    options: 'auth_rejection_permanent=no\nretry_interval=2\nmax_retries=2',
    registrar: '--mode 401-always',
    answer: () => ({ code: 401 }),
  },
  {
    name: 'a 403 is not governed by auth_rejection_permanent: it stops at once',
    options: 'auth_rejection_permanent=no\nretry_interval=2\nmax_retries=3',
    registrar: '--mode 401-then-403',
    answer: () => ({ code: 403, challenged: true }),
  },
  {
    name: 'forbidden_retry_interval retries a 403 while retries remain, then "Fatal response"',
    options: 'forbidden_retry_interval=2\nmax_retries=2',
    registrar: '--mode 403-always',
    answer: () => ({ code: 403 }),
  },
  {
    name: 'fatal_retry_interval retries a 404, then "Fatal response"',
    options: 'fatal_retry_interval=2\nmax_retries=2',
    registrar: '--mode 404-always',
    answer: () => ({ code: 404 }),
  },
  {
    name: 'a 503 is retried every retry_interval, then "Maximum retries reached"',
    options: 'retry_interval=2\nmax_retries=2',
    registrar: '--mode 503-always',
    answer: () => ({ code: 503 }),
  },
  {
    name: 'Retry-After wins over max_retries: never given up',
    options: 'retry_interval=2\nmax_retries=0',
    registrar: '--mode 503-always --retry-after 2',
    answer: () => ({ code: 503, retryAfter: 2 }),
    watch: 7,
  },
  {
    name: 'one retry counter for every code (503s, then 403s)',
    options: 'retry_interval=2\nforbidden_retry_interval=2\nmax_retries=3',
    registrar: '--mode 503-always --then-mode 403-always --after 3',
    answer: (i) => ({ code: i < 2 ? 503 : 403 }),
  },
  {
    name: 'after a permanent stop nothing is sent until pjsip send register',
    options: 'retry_interval=2\nmax_retries=2',
    registrar: '--mode 403-always',
    answer: () => ({ code: 403 }),
    after: {
      // the last wait lets the new REGISTER go out before the final look; a busy machine needs longer
      cmds: ['sleep 3', 'pjsip show registration itsp-reg', 'pjsip send register itsp-reg', `sleep ${2 * PATIENCE}`],
      moreAttempts: 1,
    },
  },
  {
    name: 'auth_rejection_permanent=yes with fatal_retry_interval: a refused password waits fatal_retry_interval, then "Fatal response"',
    options: 'fatal_retry_interval=2\nmax_retries=2',
    registrar: '--mode 401-always',
    answer: () => ({ code: 401 }),
  },
  {
    name: 'the "keep retrying" pace, scaled down: an outage every retry_interval, then a refused password every fatal_retry_interval',
    options: 'retry_interval=2\nfatal_retry_interval=5\nmax_retries=100',
    registrar: '--mode 503-always --then-mode 401-always --after 5',
    answer: (i) => ({ code: i < 3 ? 503 : 401 }),
    watch: 20,
  },
  {
    name: 'the "keep retrying" pace, scaled down: an outage every retry_interval, then a 403 every fatal_retry_interval',
    options: 'retry_interval=2\nfatal_retry_interval=5\nmax_retries=100',
    registrar: '--mode 503-always --then-mode 403-always --after 5',
    answer: (i) => ({ code: i < 3 ? 503 : 403 }),
    watch: 20,
  },
  {
    name: 'no answer: each attempt waits timer_b, then "Maximum retries reached"',
    options: 'retry_interval=2\nmax_retries=1',
    extra: '[system]\ntype=system\ntimer_t1=100\ntimer_b=6400\n\n',
    registrar: '--mode silent',
    answer: () => ({ code: 'none' }),
  },
];

function config(s: Scenario): string {
  return (
    `${s.extra ?? ''}[transport-udp]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5060\n\n[itsp-auth]\ntype=auth\nauth_type=userpass\nusername=user\npassword=wrongpass\n\n` +
    `[itsp-reg]\ntype=registration\ntransport=transport-udp\noutbound_auth=itsp-auth\nserver_uri=${SERVER}\nclient_uri=${CLIENT}\nmax_random_initial_delay=1\n${s.options}\n`
  );
}

/**
 * The registrar's request log: one row per REGISTER (UDP resends of one request share its CSeq). Unregisters
 * (Expires=0, sent by `pjsip send register` before it registers again) are left out.
 */
function requests(log: string): { cseq: string; auth: boolean; at: number }[] {
  return log
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && /\bREGISTER\b/.test(l) && !/Expires=0\b/.test(l))
    .map((l) => ({
      cseq: /CSeq=(\d+)/.exec(l)![1],
      auth: /auth=yes/.test(l),
      at: Number(/\t\+([\d.]+)\t/.exec(l)![1]),
    }));
}

/** The state `pjsip show registration` prints: stopped ("exp. 9s ago"), retrying ("exp. 9s") or registered. */
function stateShown(text: string): string {
  if (/Registered/.test(text)) return 'registered';
  if (/Rejected\s+\(exp\. \d+s ago\)/.test(text)) return 'stopped';
  if (/Rejected\s+\(exp\. \d+s\)/.test(text)) return 'retrying';
  return `unknown: ${text.trim().split('\n').slice(-3).join(' / ')}`;
}

function expectedLastLine(p: Prediction): string {
  const last = p.steps[p.steps.length - 1];
  return logLine(last.line!, { server: SERVER, client: CLIENT, code: last.answer.code, n: last.next });
}

const missing = asteriskMissing();
suite('registration failures on a real Asterisk', { skip: missing, concurrency: true }, () => {
  for (const release of asteriskReleases())
    for (const s of scenarios) {
      test(`${s.name} [${release}]`, async () => {
        const text = config(s);
        const f = fixture(`;- /etc/asterisk/pjsip.conf\n${text}`, { asteriskVersion: release });
        const reg = f.analysis.objects.find((o) => o.type === 'registration' && o.id === 'itsp-reg')!;
        assert.ok(reg.loads, 'we predict the registration loads');
        const p = predict(registrationSettings(f.analysis, reg), s.answer, s.watch ?? 3600);
        const horizon = p.final === 'stopped' ? p.stoppedAt! : s.watch!;
        const settle = Math.ceil(horizon + 1 + 3);
        const cmds = [...(s.after?.cmds ?? []), 'pjsip show registration itsp-reg'];
        const run = await runAsterisk(
          { 'pjsip.conf': text },
          {
            ORACLE_SIDECAR: `python3 ${REGISTRAR} --port 5080 ${s.registrar}`,
            ORACLE_SETTLE: String(settle),
            ORACLE_HARD_LIMIT: String(settle + 40 * PATIENCE), // a hang bound: a boot on a loaded machine is slow
            ORACLE_EXTRA_CMDS: cmds.join('\n'),
          },
          release,
        );
        const reqs = requests(run.out('sidecar-out.txt'));
        const attempts = new Set(reqs.filter((r) => !r.auth).map((r) => r.cseq)).size;
        const regLines = run
          .out('log-registration.txt')
          .split('\n')
          .filter((l) => /registration attempt|stopping registration/.test(l))
          .map((l) => l.replace(/^\[[^\]]*\]\s*\S+\[[^\]]*\]\s*\S+:\s*/, '').trim());
        const shown = stateShown(
          run.out(`extra-${s.after ? s.after.cmds.filter((c) => !c.startsWith('sleep')).length + 1 : 1}.txt`),
        );
        if (p.final === 'stopped') {
          assert.equal(
            attempts,
            p.steps.length + (s.after?.moreAttempts ?? 0),
            `attempts; the registrar logged:\n${run.out('sidecar-out.txt')}`,
          );
          assert.equal(
            new Set(reqs.map((r) => r.cseq)).size,
            p.requests + (s.after?.moreAttempts ?? 0) * (p.requests / p.steps.length),
            'REGISTER requests',
          );
          assert.equal(shown, 'stopped');
          assert.equal(
            regLines[regLines.length - 1],
            expectedLastLine(p),
            `last log line; Asterisk logged:\n${regLines.join('\n')}`,
          );
          if (s.after)
            assert.equal(stateShown(run.out('extra-1.txt')), 'stopped', 'stopped before pjsip send register');
        } else {
          // never stops: as many attempts as fit in the time watched, and a retry still scheduled
          const fit = p.steps.filter((x) => x.at <= s.watch!).length;
          const seen = new Set(reqs.filter((r) => !r.auth && r.at <= s.watch! + 0.5).map((r) => r.cseq)).size;
          assert.equal(
            seen,
            fit,
            `attempts in the first ${s.watch} s; the registrar logged:\n${run.out('sidecar-out.txt')}`,
          );
          assert.equal(shown, 'retrying');
          const watched = p.steps.filter((x) => x.at <= s.watch!);
          assert.equal(regLines[regLines.length - 1], expectedLastLine({ ...p, steps: watched.slice(-1) }));
          assert.ok(!regLines.some((l) => /stopping/.test(l)), 'never stops');
        }
      });
    }
});
