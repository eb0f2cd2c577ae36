/**
 * The failure model of outbound registrations: Asterisk's decision per answer, as measured on a real Asterisk
 * (test/oracle-registration.test.ts runs the same claims there).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  failureModel,
  predict,
  retrySettings,
  stoppingClasses,
  whenItStops,
  DAY,
  type Answer,
  type RetrySettings,
} from '../server/src/model/registrationFailures';
import { codeActions } from '../server/src/features/codeActions';
import { applyEdits } from '../server/src/features/format';
import { fixture } from './helpers/fixture';

const DEFAULTS: RetrySettings = retrySettings([]);
const withAuth = (over: Partial<RetrySettings> = {}): RetrySettings => ({ ...DEFAULTS, hasAuth: true, ...over });
const always = (code: Answer['code'], retryAfter?: number) => () => ({ code, retryAfter });
const lines = (s: RetrySettings, a: (i: number) => Answer) => predict(s, a).steps.map((x) => x.line);

suite('registration failure model', () => {
  test('defaults come from the schema', () => {
    assert.deepEqual(
      { ...DEFAULTS },
      {
        authRejectionPermanent: true,
        retryInterval: 60,
        forbiddenRetryInterval: 0,
        fatalRetryInterval: 0,
        maxRetries: 10,
        expiration: 3600,
        hasAuth: false,
        noAnswerTimeout: 32,
      },
    );
  });

  test('a 401 to the authenticated REGISTER is fatal by default: one attempt, two requests', () => {
    const p = predict(withAuth(), always(401));
    assert.deepEqual([p.final, p.steps.length, p.requests, p.steps[0].line], ['stopped', 1, 2, 'fatal']);
  });

  test('with auth_rejection_permanent=no a 401 is retried max_retries times, then "Maximum retries reached"', () => {
    const p = predict(withAuth({ authRejectionPermanent: false, retryInterval: 2, maxRetries: 3 }), always(401));
    assert.deepEqual(
      p.steps.map((s) => s.at),
      [0, 2, 4, 6],
    );
    assert.deepEqual(
      p.steps.map((s) => s.line),
      ['temporal', 'temporal', 'temporal', 'maxRetries'],
    );
    assert.equal(p.requests, 8);
  });

  test('a 403 is not governed by auth_rejection_permanent: it stops at once', () => {
    assert.deepEqual(lines(withAuth({ authRejectionPermanent: false }), always(403)), ['fatal']);
  });

  test('forbidden_retry_interval retries a 403 while retries remain, then "Fatal response"', () => {
    assert.deepEqual(lines(withAuth({ forbiddenRetryInterval: 5, maxRetries: 2 }), always(403)), [
      'forbidden',
      'forbidden',
      'fatal',
    ]);
  });

  test('fatal_retry_interval retries any fatal code (a default 401 too), then "Fatal response"', () => {
    assert.deepEqual(lines(withAuth({ fatalRetryInterval: 5, maxRetries: 2 }), always(404)), [
      'fatalRetry',
      'fatalRetry',
      'fatal',
    ]);
    assert.deepEqual(lines(withAuth({ fatalRetryInterval: 5, maxRetries: 1 }), always(401)), ['fatalRetry', 'fatal']);
  });

  test('temporary codes: 408, 500, 502, 503, 504 and 6xx are retried; 501 and 486 are fatal', () => {
    for (const c of [408, 500, 502, 503, 504, 600, 603])
      assert.equal(lines(DEFAULTS, always(c))[0], 'temporal', String(c));
    for (const c of [400, 404, 486, 501, 505]) assert.deepEqual(lines(DEFAULTS, always(c)), ['fatal'], String(c));
  });

  test('retry_interval=0 makes temporary codes fatal (fatal_retry_interval may still retry them)', () => {
    assert.deepEqual(lines(withAuth({ retryInterval: 0 }), always(503)), ['fatal']);
    assert.deepEqual(lines(withAuth({ retryInterval: 0, fatalRetryInterval: 3, maxRetries: 1 }), always(503)), [
      'fatalRetry',
      'fatal',
    ]);
    assert.deepEqual(lines(withAuth({ retryInterval: 0 }), always('none')), ['fatalNoResponse']);
  });

  test('Retry-After wins: retried after that time, not counted, never given up', () => {
    const p = predict(withAuth({ maxRetries: 0 }), always(403, 7), 3600);
    assert.equal(p.final, 'retrying');
    assert.ok(p.steps.every((s) => s.next === 7 && s.line === 'temporal'));
  });

  test('one counter for every code; a 2xx resets it', () => {
    const s = withAuth({ authRejectionPermanent: false, forbiddenRetryInterval: 5, retryInterval: 2, maxRetries: 2 });
    assert.deepEqual(
      lines(s, (i) => ({ code: i < 2 ? 503 : 403 })),
      ['temporal', 'temporal', 'fatal'],
    );
    const seq: Answer['code'][] = [503, 503, 200];
    assert.equal(predict(s, (i) => ({ code: seq[i] ?? 503 })).final, 'registered');
  });

  test('with the defaults a registrar that stops answering is dropped after about 16 minutes', () => {
    const p = predict(DEFAULTS, always('none'));
    assert.deepEqual([p.final, p.steps.length, p.stoppedAt], ['stopped', 11, 11 * 32 + 10 * 60]);
    assert.equal(
      whenItStops(failureModel(DEFAULTS).find((c) => c.cls === 'temporary')!),
      'after 10 retries 60 s apart (10 min; 16 min with no answer)',
    );
  });

  test('even the often-recommended set stops after 120 retries', () => {
    const m = failureModel(
      withAuth({
        authRejectionPermanent: false,
        retryInterval: 30,
        forbiddenRetryInterval: 60,
        fatalRetryInterval: 120,
        maxRetries: 120,
      }),
    );
    assert.deepEqual(
      m.map((c) => [c.cls, c.retries, c.stopsAfter]),
      [
        ['auth', 120, 3600],
        ['forbidden', 120, 7200],
        ['fatal', 120, 14400],
        ['temporary', 120, 3600],
      ],
    );
    assert.equal(stoppingClasses(m).length, 4);
  });

  test('a timer_b raised in [system] lengthens the wait for no answer', () => {
    const f = fixture(
      '[system]\ntype=system\ntimer_t1=100\ntimer_b=6400\n[t]\ntype=transport\nbind=0.0.0.0\n[r]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\n',
    );
    assert.match(
      f.analysis.diagnostics.find((d) => d.code === 'registration-stops-retrying')!.message,
      /\(10 min; 11 min with no answer\)/,
    );
  });
});

const REG = '[t]\ntype=transport\nbind=0.0.0.0\n';

function fixedBy(src: string): { files: Map<string, string>; after: ReturnType<typeof fixture> } {
  const f = fixture(src);
  const d = f.analysis.diagnostics.find((x) => x.code === 'registration-stops-retrying');
  assert.ok(d, 'the rule fires before the fix');
  const file = f.analysis.files.get(d.path)!;
  const fix = codeActions(f.analysis, file, [d]).find((a) => a.title.startsWith('Keep retrying'))!;
  const files = new Map(f.files);
  for (const [path, text] of files) {
    const mine = fix.edits.filter((e) => e.path === path || e.path.endsWith(`/${path}`));
    if (mine.length) files.set(path, applyEdits(text, mine));
  }
  const joined = [...files].map(([p, t], i) => (i === 0 && !src.startsWith(';-') ? t : `;- ${p}\n${t}`)).join('\n');
  return { files, after: fixture(joined) };
}

suite('keep retrying after rejections (quick fix)', () => {
  test('afterwards no class stops within a day, so the rule is quiet', () => {
    const { after } = fixedBy(
      `${REG}[r]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\nmax_retries=3\nretry_interval=2\n`,
    );
    const o = after.analysis.objects.find((x) => x.type === 'registration')!;
    const m = failureModel(retrySettings(o.vars));
    assert.deepEqual(stoppingClasses(m), []);
    assert.ok(m.every((c) => c.handling === 'retried' && (c.stopsAfter === undefined || c.stopsAfter > DAY)));
    assert.equal(after.analysis.diagnostics.filter((d) => d.code === 'registration-stops-retrying').length, 0);
    // the admin's retry_interval=2 is kept, so max_retries has to cover a day of 2 s retries
    const text = [...after.files.values()][0];
    assert.match(text, /retry_interval=2\n/);
    assert.match(text, /max_retries=86400\n/);
    // ...but a refusal (401/407 with credentials, 403, 404) waits half an hour: a provider may ban faster failures
    for (const c of m.filter((x) => x.cls !== 'temporary')) assert.equal(c.interval, 1800, c.cls);
    assert.equal(m.find((x) => x.cls === 'temporary')!.interval, 2);
  });

  test('an option written in a template is changed there, new ones join it', () => {
    const { files } = fixedBy(
      `${REG}[reg-tpl](!)\ntype=registration\nauth_rejection_permanent=no\n\n[r](reg-tpl)\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\n`,
    );
    assert.equal(
      [...files.values()][0],
      `${REG}[reg-tpl](!)\ntype=registration\nauth_rejection_permanent=yes\nfatal_retry_interval=1800\nmax_retries=2880\n\n[r](reg-tpl)\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\n`,
    );
  });

  test('in a wizard the options get the registration/ prefix', () => {
    const { files, after } = fixedBy(
      ';- pjsip_wizard.conf\n[w]\ntype=wizard\nsends_registrations=yes\nremote_hosts=a.example.com\nregistration/retry_interval=30\n;- pjsip.conf\n[t]\ntype=transport\nbind=0.0.0.0\n',
    );
    assert.match(
      [...files.values()][0],
      /registration\/retry_interval=30\nregistration\/fatal_retry_interval=1800\nregistration\/max_retries=5760/,
    );
    assert.equal(after.analysis.diagnostics.filter((d) => d.code === 'registration-stops-retrying').length, 0);
  });
});

suite('the former rule id', () => {
  test('still silences the rule in a suppression comment', () => {
    const f = fixture(
      `${REG}; pjsip-disable-next-line registration-stops-on-auth-failure\n[r]\ntype=registration\nserver_uri=sip:a.example.com\nclient_uri=sip:b@a.example.com\n`,
    );
    assert.deepEqual(
      f.analysis.diagnostics.map((d) => d.code),
      [],
    );
  });
});
