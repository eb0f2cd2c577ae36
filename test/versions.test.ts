/** The target Asterisk version and what each release has, straight from the version data. */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  availability,
  codecExists,
  defaultFor,
  formatBranches,
  formatExistsFrom,
  hasEnumValue,
  hasOption,
  hasType,
  needsNote,
  parseAsteriskVersion,
  parserFor,
  versionChoices,
} from '../server/src/schema/versions';

const v = (s: string) => {
  const r = parseAsteriskVersion(s);
  assert.equal(r.error, undefined, s);
  return r.target;
};

suite('versions: reading a target version', () => {
  const rows: [string, string, boolean][] = [
    // input, label, explicit
    ['', '23.4.1', false],
    ['20', '20.20.1', true],
    ['20.7', '20.7', true],
    ['20.7.0', '20.7.0', true],
    [' master ', 'master', true],
    ['MASTER', 'master', true],
    ['16', '16.30.1', true],
  ];
  for (const [input, label, explicit] of rows) {
    test(`'${input}' is ${label}`, () => {
      const r = parseAsteriskVersion(input);
      assert.equal(r.error, undefined);
      assert.equal(r.target.label, label);
      assert.equal(r.target.explicit, explicit);
    });
  }
  const bad: [string, RegExp][] = [
    ['19', /'19' is not a branch this checker knows/],
    ['20.99', /newer than the newest 20 release this checker knows \(20\.20\.1\)/],
    ['20.20.9', /newer than the newest 20 release/],
    ['twenty', /'twenty' is not a version/],
    ['20.7.0-rc1', /is not a version/],
  ];
  for (const [input, message] of bad) {
    test(`'${input}' gives one message and the default`, () => {
      const r = parseAsteriskVersion(input);
      assert.match(r.error ?? '', message);
      assert.match(r.error ?? '', /using the newest release, 23\.4\.1\.$/);
      assert.equal(r.target.label, '23.4.1');
      assert.equal(r.target.explicit, false);
    });
  }
  test('the picker offers every branch, newest first, and master', () => {
    assert.deepEqual(
      versionChoices().map((c) => c.value),
      ['23', '22', '21', '20', '18', '16', 'master'],
    );
    assert.equal(versionChoices()[0].description, 'newest release, 23.4.1');
  });
});

suite('versions: what a release has, just before and at each boundary', () => {
  // [what, before, at-or-after, check]
  const rows: [string, string, string, (t: ReturnType<typeof v>) => boolean][] = [
    ['auth_type=digest (RFC 8760 group)', '20.11.0', '20.12.0', (t) => hasEnumValue(t, 'auth', 'auth_type', 'digest')],
    ['auth_type=digest on 21', '21.6.0', '21.7.0', (t) => hasEnumValue(t, 'auth', 'auth_type', 'digest')],
    ['auth_type=digest on 22', '22.1.0', '22.2.0', (t) => hasEnumValue(t, 'auth', 'auth_type', 'digest')],
    ['auth.password_digest', '20.11', '20.12.0', (t) => hasOption(t, 'auth', 'password_digest')],
    [
      'global.default_auth_algorithms_uas',
      '21.6.0',
      '21.7.0',
      (t) => hasOption(t, 'global', 'default_auth_algorithms_uas'),
    ],
    ['endpoint.tenantid on 18', '18.24.0', '18.25.0', (t) => hasOption(t, 'endpoint', 'tenantid')],
    ['endpoint.tenantid on 20', '20.9.0', '20.10.0', (t) => hasOption(t, 'endpoint', 'tenantid')],
    [
      'endpoint.security_negotiation on 16',
      '16.29.0',
      '16.30.0',
      (t) => hasOption(t, 'endpoint', 'security_negotiation'),
    ],
    [
      'endpoint.security_negotiation on 20',
      '20.0.0',
      '20.1.0',
      (t) => hasOption(t, 'endpoint', 'security_negotiation'),
    ],
    [
      '100rel=peer_supported on 18',
      '18.15.0',
      '18.16.0',
      (t) => hasEnumValue(t, 'endpoint', '100rel', 'peer_supported'),
    ],
    ['100rel=peer_supported on 20', '20.0.0', '20.1.0', (t) => hasEnumValue(t, 'endpoint', '100rel', 'peer_supported')],
    ['identify.transport appears on 20', '20.7.0', '20.8.0', (t) => hasOption(t, 'identify', 'transport')],
    ['method=tlsv1_3 on 18', '18.19.0', '18.20.0', (t) => hasEnumValue(t, 'transport', 'method', 'tlsv1_3')],
    ['method=tlsv1_3 on 20', '20.4.0', '20.5.0', (t) => hasEnumValue(t, 'transport', 'method', 'tlsv1_3')],
  ];
  for (const [what, before, at, has] of rows) {
    test(`${what}: not in ${before}, in ${at}`, () => {
      assert.equal(has(v(before)), false, before);
      assert.equal(has(v(at)), true, at);
    });
  }
  test("identify's transport is gone again in 20.8.1, 21.3.1, 22 and master", () => {
    for (const s of ['20.8.1', '20.9.0', '21.3.1', '22', 'master'])
      assert.equal(hasOption(v(s), 'identify', 'transport'), false, s);
    assert.equal(hasOption(v('21.3.0'), 'identify', 'transport'), true);
    assert.equal(hasEnumValue(v('20.8.0'), 'endpoint', 'identify_by', 'transport'), true);
    assert.equal(hasEnumValue(v('20.8.1'), 'endpoint', 'identify_by', 'transport'), false);
  });
  test('a branch and minor is its newest release: 20.8 has what 20.8.1 removed no more', () => {
    assert.equal(hasOption(v('20.8'), 'identify', 'transport'), false);
    assert.equal(hasOption(v('20.8'), 'identify', 'match_request_uri'), true);
  });
  test('master has external_signaling_hostname, no release does', () => {
    assert.equal(hasOption(v('master'), 'transport', 'external_signaling_hostname'), true);
    assert.equal(hasOption(v('23'), 'transport', 'external_signaling_hostname'), false);
  });
  test('every type exists in every release; testlaw left after 18', () => {
    assert.equal(hasType(v('16.0.0'), 'endpoint'), true);
    assert.equal(codecExists(v('18'), 'testlaw'), true);
    assert.equal(codecExists(v('20.0.0'), 'testlaw'), false);
    assert.equal(codecExists(v('16.6.0'), 'h265'), false);
    assert.equal(codecExists(v('16.7.0'), 'h265'), true);
    assert.equal(codecExists(v('16.0.0'), 'ulaw'), true);
  });
});

suite('versions: defaults and parsers over time', () => {
  const defaults: [string, string, string, string, string | undefined][] = [
    ['endpoint', 'stir_shaken', '16.15.0', 'before 16.23.0', 'no'],
    ['endpoint', 'stir_shaken', '16.23.0', '', 'off'],
    ['endpoint', 'stir_shaken', '18.8.0', '', 'no'],
    ['endpoint', 'stir_shaken', '18.9.0', '', 'off'],
    ['endpoint', 'stir_shaken', '20.6.0', '', 'off'],
    ['endpoint', 'stir_shaken', '20.7.0', '', undefined],
    ['endpoint', 'stir_shaken', 'master', '', undefined],
    ['system', 'threadpool_initial_size', '20.17.0', '', '0'],
    ['system', 'threadpool_initial_size', '20.18.0', '', '4'],
    ['system', 'threadpool_initial_size', '21', '', '0'],
  ];
  for (const [type, option, at, , value] of defaults) {
    test(`${type}.${option} defaults to ${value ?? 'nothing'} in ${at}`, () => {
      assert.deepEqual(defaultFor(v(at), type, option), { value });
    });
  }
  test('an option whose default never changed has no history', () => {
    assert.equal(defaultFor(v('20'), 'endpoint', 'context'), undefined);
  });
  test("parsers: stir_shaken is a boolean before 16.23.0 and 18.9.0, master's registration from 20.7.0", () => {
    assert.deepEqual(parserFor(v('16.22.0'), 'endpoint', 'stir_shaken'), { parser: 'OPT_BOOL_T', current: false });
    assert.deepEqual(parserFor(v('18.9.0'), 'endpoint', 'stir_shaken'), { parser: 'OPT_CUSTOM_T', current: false });
    assert.deepEqual(parserFor(v('20.7.0'), 'endpoint', 'stir_shaken'), { parser: 'OPT_CUSTOM_T', current: true });
    assert.deepEqual(parserFor(v('22.1.0'), 'auth', 'md5_cred'), { parser: 'OPT_STRINGFIELD_T', current: false });
    assert.deepEqual(parserFor(v('22.2.0'), 'auth', 'md5_cred'), { parser: 'OPT_CUSTOM_T', current: true });
  });
});

suite('versions: how availability reads', () => {
  const rows: [string, string, string | undefined, string, string, string | undefined][] = [
    [
      'endpoint',
      'tenantid',
      undefined,
      '18.25.0, 20.10.0, 21.5.0 and 22',
      '18.25.0 · 20.10.0 · 21.5.0 · 22 · 23',
      'needs 18.25.0, 20.10.0, 21.5.0 or 22',
    ],
    [
      'auth',
      'auth_type',
      'digest',
      '20.12.0, 21.7.0, 22.2.0 and 23',
      '20.12.0 · 21.7.0 · 22.2.0 · 23',
      'needs 20.12.0, 21.7.0, 22.2.0 or 23',
    ],
    [
      'endpoint',
      'follow_redirect_methods',
      undefined,
      '20.18.0, 22.8.0 and 23.2.0',
      '20.18.0 · 22.8.0 · 23.2.0',
      'needs 20.18.0, 22.8.0 or 23.2.0',
    ],
    ['transport', 'external_signaling_hostname', undefined, 'master only', 'master', 'needs master'],
    [
      'identify',
      'transport',
      undefined,
      '18.23.0 (gone in 18.23.1), 20.8.0 (gone in 20.8.1) and 21.3.0 (gone in 21.3.1)',
      '18.23.0 (gone in 18.23.1) · 20.8.0 (gone in 20.8.1) · 21.3.0 (gone in 21.3.1)',
      'needs 18.23.0 (gone in 18.23.1), 20.8.0 (gone in 20.8.1) or 21.3.0 (gone in 21.3.1)',
    ],
    ['endpoint', 'context', undefined, '16, 18, 20, 21, 22, 23 and master', '16 · 18 · 20 · 21 · 22 · 23', undefined],
  ];
  for (const [type, option, value, exists, branches, needs] of rows) {
    test(`${type}.${option}${value ? `=${value}` : ''}`, () => {
      const a = availability(type, option, value);
      if (a.since) assert.equal(formatExistsFrom(a), exists);
      assert.equal(formatBranches(a), branches);
      assert.equal(needsNote(a), needs);
    });
  }
});
