/**
 * The model of inbound request handling (server/src/model/inbound/), in process: which endpoint takes a request,
 * whether it is challenged, the context and the extension. Each case repeats something measured on the real Asterisk
 * (test/oracle-who.test.ts checks the same kind of prediction against it).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { inboundPath, type InboundPath } from '../server/src/model/inbound/path';
import type { InboundRequest } from '../server/src/model/inbound/request';
import {
  parseExtensionName,
  matchesExtension,
  couldGrowInto,
  compareSpecificity,
} from '../server/src/model/inbound/patterns';
import { asteriskStringHash, identifyRules } from '../server/src/model/inbound/identifies';
import { parseAddressEntry, covers, parseAddress } from '../server/src/model/inbound/addresses';
import { identifierOrder } from '../server/src/model/inbound/identifiers';
import { targetFor } from '../server/src/schema/versioned';
import { fixture } from './helpers/fixture';

const T = '[t]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5060\n';
const EP = '[ep](!)\ntype=endpoint\ncontext=lab\ndisallow=all\nallow=ulaw\n';

function who(src: string, r: Partial<InboundRequest> & { source: string }, version?: string): InboundPath {
  const f = fixture(src, { asteriskVersion: version });
  return inboundPath(f.analysis, { method: 'INVITE', exten: '100', ...r });
}

/** `endpoint by identifier (identify)`, or `none`. */
function picked(p: InboundPath): string {
  const m = p.identification.matched;
  if (!m) return 'none';
  return `${m.endpoint.id} by ${m.name}${m.identify ? ` (${m.identify.object.id})` : ''}`;
}

suite('inbound: which endpoint', () => {
  test('by source address through an identify; an unknown address gets the 401 of no endpoint', () => {
    const src = `${T}${EP}[a](ep)\n[a-id]\ntype=identify\nendpoint=a\nmatch=127.0.0.2\n`;
    assert.equal(picked(who(src, { source: '127.0.0.2' })), 'a by ip (a-id)');
    const none = who(src, { source: '127.0.0.3' });
    assert.equal(picked(none), 'none');
    assert.deepEqual(none.outcome, {
      withoutCredentials: 401,
      withRightPassword: 401,
      withWrongPassword: 401,
      log: 'No matching endpoint found',
    });
  });

  test('CIDR, dotted netmask and port entries', () => {
    const e = parseAddressEntry('192.0.2.0/255.255.255.0');
    assert.ok(e.kind === 'net' && covers(e, parseAddress('192.0.2.77')!));
    const p = parseAddressEntry('192.0.2.1:5061');
    assert.ok(
      p.kind === 'net' && covers(p, parseAddress('192.0.2.1')!, 5061) && !covers(p, parseAddress('192.0.2.1')!, 5060),
    );
    const v6 = parseAddressEntry('[2001:db8::]/32');
    assert.ok(v6.kind === 'net' && covers(v6, parseAddress('2001:db8:1::5')!));
    assert.equal(parseAddressEntry('sip.example.com').kind, 'host');
  });

  test('overlapping identifies: master tries them by name', () => {
    const src = `${T}${EP}[ep-z](ep)\n[ep-a](ep)\n[z-ident]\ntype=identify\nendpoint=ep-z\nmatch=127.0.0.2\n[a-ident]\ntype=identify\nendpoint=ep-a\nmatch=127.0.0.2\n`;
    assert.equal(picked(who(src, { source: '127.0.0.2' }, 'master')), 'ep-a by ip (a-ident)');
  });

  test('overlapping identifies: 20.7.0 tries them in hash-table order (measured on four pairs)', () => {
    const pairs: [string, string, string][] = [
      ['z-ident', 'a-ident', 'z-ident'],
      ['aa-wide', 'zz-narrow', 'aa-wide'],
      ['cc-narrow', 'dd-wide', 'dd-wide'],
      ['yy-first', 'bb-second', 'bb-second'],
    ];
    // eleven identify sections in all, as in the measured config
    let src = `${T}${EP}`;
    pairs.forEach(([x, y], i) => {
      src += `[e-${x}](ep)\n[e-${y}](ep)\n[${x}]\ntype=identify\nendpoint=e-${x}\nmatch=127.0.1.${i}\n[${y}]\ntype=identify\nendpoint=e-${y}\nmatch=127.0.1.${i}\n`;
    });
    for (const extra of ['p', 'q', 'r'])
      src += `[e-${extra}](ep)\n[${extra}-id]\ntype=identify\nendpoint=e-${extra}\nmatch=127.0.2.1\n`;
    pairs.forEach(([, , winner], i) =>
      assert.equal(picked(who(src, { source: `127.0.1.${i}` }, '20.7.0')), `e-${winner} by ip (${winner})`),
    );
  });

  test("Asterisk's string hash", () => {
    assert.equal(asteriskStringHash(''), 5381);
    assert.equal(asteriskStringHash('a'), (5381 * 33) ^ 97);
  });

  test("an identify does not care about the endpoint's identify_by", () => {
    const src = `${T}${EP}[u](ep)\nidentify_by=username\n[u-id]\ntype=identify\nendpoint=u\nmatch=127.0.0.70\n`;
    assert.equal(picked(who(src, { source: '127.0.0.70' })), 'u by ip (u-id)');
  });

  test('by From user, case-sensitive; user@domain first; identify_by must have username', () => {
    const src = `${T}${EP}[alice](ep)\n[alice@evil.example](ep)\n[bob](ep)\nidentify_by=ip\n`;
    assert.equal(
      picked(who(src, { source: '127.0.0.4', fromUser: 'alice', fromDomain: 'evil.example' })),
      'alice@evil.example by username',
    );
    assert.equal(
      picked(who(src, { source: '127.0.0.4', fromUser: 'alice', fromDomain: 'other.example' })),
      'alice by username',
    );
    assert.equal(picked(who(src, { source: '127.0.0.4', fromUser: 'ALICE' })), 'none');
    const bob = who(src, { source: '127.0.0.4', fromUser: 'bob' });
    assert.equal(picked(bob), 'none');
    assert.ok(bob.identification.tried.some((t) => t.name === 'username' && t.result === 'not-by-this'));
  });

  test('endpoint_identifier_order: listed first, the others after in a fixed order', () => {
    const base = `${T}${EP}[office](ep)\n[office-id]\ntype=identify\nendpoint=office\nmatch=127.0.0.2\n[alice](ep)\nidentify_by=username\n`;
    const order = (o: string) => `[global]\ntype=global\nendpoint_identifier_order=${o}\n${base}`;
    const r = { source: '127.0.0.2', fromUser: 'alice' };
    assert.equal(picked(who(order('ip,username,anonymous'), r)), 'office by ip (office-id)');
    assert.equal(picked(who(order('username,ip,anonymous'), r)), 'alice by username');
    // ip left out still runs (after the ones listed)
    assert.equal(picked(who(order('username,anonymous'), { source: '127.0.0.2' })), 'office by ip (office-id)');
    const f = fixture(order('auth_username'));
    assert.deepEqual(identifierOrder(f.analysis, targetFor('master')).names, [
      'auth_username',
      'ip',
      'header',
      'request_uri',
      'username',
      'anonymous',
    ]);
    assert.deepEqual(identifierOrder(f.analysis, targetFor('20.7.0')).names, [
      'auth_username',
      'ip',
      'header',
      'username',
      'anonymous',
    ]);
  });

  test('header identify: after anonymous unless the order lists header', () => {
    const src = `${T}${EP}[anonymous](ep)\n[h](ep)\n[h-id]\ntype=identify\nendpoint=h\nmatch_header=X-Trunk: acme\n`;
    const r = { source: '127.0.0.3', headers: { 'X-Trunk': 'acme' } };
    assert.equal(picked(who(src, r)), 'anonymous by anonymous');
    const listed = `[global]\ntype=global\nendpoint_identifier_order=header,ip,username,anonymous\n${src}`;
    assert.equal(picked(who(listed, r)), 'h by header (h-id)');
  });

  test('match_request_uri (master): the whole Request-URI, or a /regex/', () => {
    const src = `${T}${EP}[full](ep)\n[re](ep)\n[full-id]\ntype=identify\nendpoint=full\nmatch_request_uri=sip:7777@127.0.0.1\n[re-id]\ntype=identify\nendpoint=re\nmatch_request_uri=/^sip:99/\n`;
    assert.equal(
      picked(who(src, { source: '127.0.0.3', requestUri: 'sip:7777@127.0.0.1' }, 'master')),
      'full by request_uri (full-id)',
    );
    assert.equal(
      picked(who(src, { source: '127.0.0.3', requestUri: 'sip:9912@127.0.0.1' }, 'master')),
      're by request_uri (re-id)',
    );
    // 20.7.0 has no match_request_uri: the identifies do not load
    assert.equal(picked(who(src, { source: '127.0.0.3', requestUri: 'sip:7777@127.0.0.1' }, '20.7.0')), 'none');
  });

  test('an identify naming a missing endpoint finds nothing; a host name is never resolved here', () => {
    const src = `${T}${EP}[h](ep)\n[ghost-id]\ntype=identify\nendpoint=ghost\nmatch=127.0.0.80\n[h-id]\ntype=identify\nendpoint=h\nmatch=sip.example.com\n`;
    const ghost = who(src, { source: '127.0.0.80' });
    assert.equal(picked(ghost), 'none');
    assert.ok(ghost.identification.tried.some((t) => t.result === 'endpoint-missing'));
    const host = who(src, { source: '192.0.2.1' });
    const ip = host.identification.tried.find((t) => t.name === 'ip');
    assert.ok(ip?.result === 'no-match' && ip.hosts?.[0].host === 'sip.example.com');
  });

  test('a !address entry is no exclusion: Asterisk drops the identify; a port narrows an entry', () => {
    const src = `${T}${EP}[net](ep)\n[net-id]\ntype=identify\nendpoint=net\nmatch=127.0.0.0/24,!127.0.0.5\n[p](ep)\nidentify_by=ip\n[p-id]\ntype=identify\nendpoint=p\nmatch=127.0.0.9:5063\n`;
    assert.equal(picked(who(src, { source: '127.0.0.4' })), 'none');
    assert.equal(picked(who(src, { source: '127.0.0.9', port: 5063 })), 'p by ip (p-id)');
    assert.equal(picked(who(src, { source: '127.0.0.9', port: 5062 })), 'none');
  });

  test('auth_username: the credentials name the endpoint', () => {
    const src = `${T}${EP}[bob](ep)\nidentify_by=auth_username\nauth=bob-auth\n[bob-auth]\ntype=auth\nusername=bob\npassword=Bob-pass-12345\n`;
    assert.equal(picked(who(src, { source: '127.0.0.7', authUsername: 'bob' })), 'bob by auth_username');
    assert.equal(picked(who(src, { source: '127.0.0.7', fromUser: 'bob' })), 'none');
  });
});

suite('inbound: challenge, ACL, context, extension', () => {
  const DP =
    ';- extensions.conf\n[lab]\nexten => 100,1,Answer()\nexten => _1XX,1,Answer()\n[short]\nexten => 500,1,Answer()\nexten => 501,1,Answer()\n';

  test('auth=: challenged; wrong password 401 again; no auth=: straight in', () => {
    const src = `${T}${EP}[alice](ep)\nauth=alice-auth\n[alice-auth]\ntype=auth\nusername=alice\npassword=Alice-pass-1234\n[carol](ep)\n${DP}`;
    assert.deepEqual(who(src, { source: '127.0.0.6', fromUser: 'alice' }).outcome, {
      withoutCredentials: 401,
      withRightPassword: 'passes',
      withWrongPassword: 401,
      log: undefined,
    });
    assert.equal(who(src, { source: '127.0.0.6', fromUser: 'carol' }).outcome.withoutCredentials, 'passes');
  });

  test('auth= naming no auth: 500', () => {
    const src = `${T}${EP}[x](ep)\nauth=missing\n${DP}`;
    assert.equal(who(src, { source: '127.0.0.3', fromUser: 'x' }).outcome.withoutCredentials, 500);
  });

  test('an ACL that refuses the address: 401 whatever the credentials', () => {
    const src = `${T}${EP}[x](ep)\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.99\n[y](ep)\nacl=office\n;- acl.conf\n[office]\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.77\n`;
    const x = who(src, { source: '127.0.0.4', fromUser: 'x' });
    assert.equal(x.outcome.log, 'Not match Endpoint ACL');
    assert.equal(who(src, { source: '127.0.0.99', fromUser: 'x' }).outcome.withoutCredentials, 'passes');
    assert.equal(who(src, { source: '127.0.0.5', fromUser: 'y' }).outcome.withoutCredentials, 401);
    assert.equal(who(src, { source: '127.0.0.77', fromUser: 'y' }).outcome.withoutCredentials, 'passes');
  });

  test('context: default when unset, "" when empty; a missing context or extension: 404; a number that could grow: 484', () => {
    const src = `${T}${EP}[a](ep)\n[b](ep)\ncontext=\n[e]\ntype=endpoint\n[c](ep)\ncontext=short\n[d](ep)\ncontext=short\nallow_overlap=no\n${DP}[default]\nexten => 100,1,Answer()\n`;
    const a = who(src, { source: '127.0.0.9', fromUser: 'a', exten: '150' });
    assert.equal(a.context?.name, 'lab');
    assert.ok(a.extension?.found && a.extension.line.name.text === '_1XX');
    assert.equal(who(src, { source: '127.0.0.9', fromUser: 'a', exten: '200' }).outcome.withoutCredentials, 404);
    assert.equal(who(src, { source: '127.0.0.9', fromUser: 'e' }).context?.name, 'default');
    // an empty context= is the context named "" (measured): 404
    assert.equal(who(src, { source: '127.0.0.9', fromUser: 'b' }).context?.name, '');
    assert.equal(who(src, { source: '127.0.0.9', fromUser: 'b' }).outcome.withoutCredentials, 404);
    assert.equal(who(src, { source: '127.0.0.9', fromUser: 'c', exten: '5' }).outcome.withoutCredentials, 484);
    assert.equal(who(src, { source: '127.0.0.9', fromUser: 'd', exten: '5' }).outcome.withoutCredentials, 404);
  });

  test('includes: own extensions first, then each include depth first', () => {
    const src = `${T}${EP}[a](ep)\ncontext=pat\n;- extensions.conf\n[pat]\nexten => _1XX,1,NoOp()\ninclude => pat2\ninclude => pat4\n[pat2]\nexten => 600,1,NoOp()\nexten => _X,1,NoOp()\nexten => _8XX,1,NoOp()\ninclude => pat3\n[pat3]\nexten => 700,1,NoOp()\nexten => _X.,1,NoOp()\n[pat4]\nexten => 800,1,NoOp()\nexten => 900,1,NoOp()\n`;
    const at = (exten: string) => {
      const p = who(src, { source: '127.0.0.9', fromUser: 'a', exten });
      return p.extension?.found ? `${p.extension.line.name.text}@${p.extension.context}` : 'none';
    };
    assert.deepEqual(['5', '55', '600', '700', '800', '900', '150'].map(at), [
      '_X@pat2',
      '_X.@pat3',
      '600@pat2',
      '700@pat3',
      '_8XX@pat2',
      '_X.@pat3',
      '_1XX@pat',
    ]);
  });

  test('hint-only and priority-2-only extensions do not exist', () => {
    const src = `${T}${EP}[a](ep)\ncontext=nopat\n;- extensions.conf\n[nopat]\nexten => 400,hint,PJSIP/x\nexten => 500,2,NoOp()\nexten => 501,1(start),NoOp()\n`;
    const code = (exten: string) => who(src, { source: '127.0.0.9', fromUser: 'a', exten }).outcome.withoutCredentials;
    assert.deepEqual(['400', '500', '501'].map(code), [404, 404, 'passes']);
  });
});

suite('inbound: extension patterns (measured)', () => {
  const cases: [string, string, boolean][] = [
    ['_X.', '5', false],
    ['_X.', '55', true],
    ['_9!', '9', true],
    ['_Z', '7', true],
    ['_[a-c]X', 'b5', true],
    ['_+X.', '+441234', true],
    ['_7-8-X', '789', true],
    ['5-5-5', '555', true],
    ['Abc', 'abc', false],
    ['_X.', 'x', false],
  ];
  for (const [name, dialled, ok] of cases)
    test(`${name} ${ok ? 'takes' : 'does not take'} ${dialled}`, () =>
      assert.equal(matchesExtension(parseExtensionName(name), dialled), ok));

  test('specificity: exact, then the smaller class first', () => {
    const sorted = ['_X.', '_1XX', '100', '_NXXNXXXXXX']
      .map(parseExtensionName)
      .sort(compareSpecificity)
      .map((n) => n.text);
    assert.deepEqual(sorted, ['100', '_1XX', '_NXXNXXXXXX', '_X.']);
  });

  test('a number that could grow into a longer extension', () => {
    assert.ok(couldGrowInto(parseExtensionName('500'), '5'));
    assert.ok(couldGrowInto(parseExtensionName('_5XX'), '5'));
    assert.ok(!couldGrowInto(parseExtensionName('500'), '500'));
  });
});

suite('inbound: identify order helpers', () => {
  test('identifyRules leaves out identifies that do not load', () => {
    const f = fixture(
      `${T}${EP}[a](ep)\n[ok]\ntype=identify\nendpoint=a\nmatch=127.0.0.2\n[bad]\ntype=identify\nendpoint=a\nmatch=127.0.0.2\nbogus=1\n`,
    );
    assert.deepEqual(
      identifyRules(f.analysis, targetFor('master')).map((r) => r.object.id),
      ['ok'],
    );
  });
});
