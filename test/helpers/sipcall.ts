/**
 * Calls into the real Asterisk: boots it (helpers/asterisk.ts) with ../shared/asterisk/sipcall.py as its sidecar,
 * plays a list of requests and reads back, per request, what Asterisk answered and where the call went (the endpoint
 * and context of the dialplan's first step, or of the "extension not found" notice).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAsterisk, SHARED_ASTERISK, type AsteriskRun } from './asterisk';

export interface CallStep {
  /** Unique per run: the results are keyed by it. */
  name: string;
  method?: string;
  /** Source address (127.0.0.x) and port (default 5062). */
  bind: string;
  port?: number;
  from?: string;
  /** The dialled user (also the To user); unique per run, so the dialplan lines can be told apart. */
  to: string;
  ruri?: string;
  username?: string;
  password?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  /** The final status of the last attempt (after credentials, when they were sent). */
  status?: number;
  /** The first attempt was answered 401. */
  challenged: boolean;
  endpoint?: string;
  context?: string;
  /** Requests Asterisk sent out (to sipcall's other sockets), with their Request-URI. */
  sent: string[];
}

export interface CallRun {
  results: Map<string, CallResult>;
  run: AsteriskRun;
}

export const SIPCALL = path.join(SHARED_ASTERISK, 'sipcall.py');

interface ResponseLine {
  event: string;
  step?: number;
  attempt?: number;
  status?: number;
  method?: string;
  auto?: string;
  ruri?: string;
  to_flow?: string;
}

/** Boots Asterisk on `files`, plays `steps` from sipcall.py, and reads back what happened to each. */
export async function runCalls(
  files: Record<string, string>,
  steps: CallStep[],
  opts: { env?: Record<string, string>; listen?: string[]; uas?: object } = {},
): Promise<CallRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-who-'));
  const scenario = path.join(dir, 'scenario.json');
  fs.writeFileSync(
    scenario,
    JSON.stringify({
      target: '127.0.0.1:5060',
      port: 5062,
      defaults: { from: 'nobody', hold: 0.2, timeout: 4 },
      ...(opts.listen ? { listen: opts.listen } : {}),
      ...(opts.uas ? { uas: opts.uas } : {}),
      steps: steps.map(sipcallStep),
    }),
  );
  try {
    const run = await runAsterisk(files, {
      ORACLE_SIDECAR: `python3 ${SIPCALL} --scenario ${scenario}`,
      ORACLE_SIDECAR_AWAIT: '40',
      ...opts.env,
    });
    return { results: readResults(run, steps), run };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The keys sipcall.py knows (it refuses a scenario with others). */
function sipcallStep(s: CallStep): object {
  const { name, method, bind, port, from, to, ruri, username, password, headers } = s;
  return { name, method: method ?? 'INVITE', bind, port, from, to, ruri, username, password, headers };
}

function readResults(run: AsteriskRun, steps: CallStep[]): Map<string, CallResult> {
  const lines: ResponseLine[] = run
    .out('sidecar-out.txt')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as ResponseLine);
  const byExten = new Map<string, { endpoint: string; context: string }>();
  for (const l of run.out('log-calls.txt').split('\n')) {
    const ran = /Executing \[(.*?)@([^:@\]]*):1\] \w+\("PJSIP\/(.+?)-[0-9a-f]{8}"/.exec(l);
    if (ran && !byExten.has(ran[1])) byExten.set(ran[1], { endpoint: ran[3], context: ran[2] });
    const missing =
      /\s(\S+): Call \([^)]*\) to extension '(.*)' rejected because extension not found in context '([^']*)'/.exec(l);
    if (missing && !byExten.has(missing[2])) byExten.set(missing[2], { endpoint: missing[1], context: missing[3] });
  }
  const sent = lines.filter((l) => l.event === 'request' && l.method === 'INVITE').map((l) => l.ruri ?? '');
  const out = new Map<string, CallResult>();
  steps.forEach((s, i) => {
    const mine = lines.filter(
      (l) =>
        l.event === 'response' &&
        l.step === i + 1 &&
        !l.auto &&
        (l.status ?? 0) >= 200 &&
        l.method === (s.method ?? 'INVITE'),
    );
    const first = mine.find((l) => l.attempt === 1);
    const where = byExten.get(decodeURIComponent(s.to));
    out.set(s.name, {
      status: mine[mine.length - 1]?.status,
      challenged: first?.status === 401,
      endpoint: where?.endpoint,
      context: where?.context,
      sent,
    });
  });
  return out;
}
