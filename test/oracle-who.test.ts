/**
 * Who answers a call, on the real thing: each config boots the Asterisk of ../shared/asterisk (master and 20.7.0)
 * with sipcall.py beside it, sends the scenario's requests, and compares what Asterisk did with what the inbound
 * model (server/src/model/inbound/) predicts from the same config: the endpoint, whether the first request was
 * challenged, the final response and the context. Skips with one line where there is no real Asterisk.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { inboundPath, type InboundPath } from '../server/src/model/inbound/path';
import type { InboundRequest } from '../server/src/model/inbound/request';
import { asteriskMissing } from './helpers/asterisk';
import { fixture } from './helpers/fixture';
import { runCalls, type CallResult, type CallStep } from './helpers/sipcall';

const VERSIONS = ['master', '20.7.0'] as const;
const T = '[transport-udp]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5060\n\n';
const EP = '[ep](!)\ntype=endpoint\ncontext=lab\ndisallow=all\nallow=ulaw\ndirect_media=no\n\n';
/** Every number answers, then hangs up: a call that gets to the dialplan ends 200. */
const ANSWER =
  '[lab]\nexten => _X.,1,Answer()\n same => n,Hangup()\nexten => _[a-z].,1,Answer()\n same => n,Hangup()\n';

interface Scenario extends CallStep {
  /** What the scenario shows (the test's name). */
  shows: string;
  /** The password sent is the right one (else a wrong one). */
  right?: boolean;
  /** Also check: Asterisk sent an INVITE out whose Request-URI contains this. */
  sendsOut?: string;
}

interface Config {
  name: string;
  files: Record<string, string>;
  scenarios: Scenario[];
  listen?: string[];
}

const configs: Config[] = [
  {
    name: 'identification',
    files: {
      'pjsip.conf': `${T}${EP}[office](ep)\n[office-id]\ntype=identify\nendpoint=office\nmatch=127.0.0.2\n\n[alice](ep)\nidentify_by=username\n\n[ep-u](ep)\nidentify_by=username\n[ep-u-id]\ntype=identify\nendpoint=ep-u\nmatch=127.0.0.70\n\n[itsp](ep)\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=127.0.0.4\n\n[hdr](ep)\n[hdr-id]\ntype=identify\nendpoint=hdr\nmatch_header=X-Trunk: acme\n\n[ghost-id]\ntype=identify\nendpoint=ghost\nmatch=127.0.0.80\n\n[host-only]\ntype=identify\nendpoint=office\nmatch=sip.example.com\n`,
      'extensions.conf': ANSWER,
    },
    scenarios: [
      { shows: 'identified by address through an identify', name: 'by-address', bind: '127.0.0.2', to: '1001' },
      { shows: 'identified by From user name', name: 'by-user', bind: '127.0.0.3', from: 'alice', to: '1002' },
      { shows: 'ip runs before username by default', name: 'ip-first', bind: '127.0.0.2', from: 'alice', to: '1003' },
      {
        shows: "an identify ignores the endpoint's identify_by",
        name: 'identify-by-username-endpoint',
        bind: '127.0.0.70',
        to: '1004',
      },
      {
        shows: 'a trunk with an identify and no auth= takes its name from any address (unauthenticated path)',
        name: 'trunk-by-name',
        bind: '127.0.0.5',
        from: 'itsp',
        to: '1005',
      },
      {
        shows: 'identified by a header',
        name: 'by-header',
        bind: '127.0.0.6',
        to: '1006',
        headers: { 'X-Trunk': 'acme' },
      },
      { shows: 'no endpoint: 401, not 403', name: 'nobody', bind: '127.0.0.7', to: '1007' },
      { shows: 'an identify naming no endpoint finds nothing', name: 'ghost', bind: '127.0.0.80', to: '1008' },
      { shows: 'a host name we cannot resolve identifies nothing', name: 'host', bind: '127.0.0.9', to: '1009' },
    ],
  },
  {
    name: 'identifier order flipped',
    files: {
      'pjsip.conf': `[global]\ntype=global\nendpoint_identifier_order=username,ip,anonymous\n\n${T}${EP}[office](ep)\n[office-id]\ntype=identify\nendpoint=office\nmatch=127.0.0.2\n\n[alice](ep)\nidentify_by=username\n[bob](ep)\nidentify_by=ip\n`,
      'extensions.conf': ANSWER,
    },
    scenarios: [
      {
        shows: 'username before ip: the From user wins over the address',
        name: 'user-first',
        bind: '127.0.0.2',
        from: 'alice',
        to: '2001',
      },
      {
        shows: 'identify_by=ip keeps the user-name identifier away',
        name: 'by-ip-only',
        bind: '127.0.0.2',
        from: 'bob',
        to: '2002',
      },
      {
        shows: 'ip after username: an unknown From user falls through to the address',
        name: 'ip-after',
        bind: '127.0.0.2',
        to: '2003',
      },
    ],
  },
  {
    name: 'overlapping identifies (the release decides)',
    files: {
      'pjsip.conf': `${T}${EP}[ep-z](ep)\n[ep-a](ep)\n[ep-wide](ep)\n[ep-narrow](ep)\n[z-ident]\ntype=identify\nendpoint=ep-z\nmatch=127.0.0.2\n[a-ident]\ntype=identify\nendpoint=ep-a\nmatch=127.0.0.2\n[cc-narrow]\ntype=identify\nendpoint=ep-narrow\nmatch=127.0.0.33\n[dd-wide]\ntype=identify\nendpoint=ep-wide\nmatch=127.0.0.32/28\n`,
      'extensions.conf': ANSWER,
    },
    scenarios: [
      { shows: 'two identifies for one address: one wins', name: 'same-address', bind: '127.0.0.2', to: '3001' },
      { shows: 'a host inside a wider network: one wins', name: 'narrow-and-wide', bind: '127.0.0.33', to: '3002' },
    ],
  },
  {
    name: 'anonymous and a toll path',
    files: {
      'pjsip.conf': `${T}[anonymous]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw\n\n[hdr]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw\n[hdr-id]\ntype=identify\nendpoint=hdr\nmatch_header=X-Trunk: acme\n\n[itsp]\ntype=endpoint\ncontext=from-itsp\ndisallow=all\nallow=ulaw\naors=itsp\n[itsp]\ntype=aor\ncontact=sip:itsp@127.0.0.9:5062\n`,
      'extensions.conf':
        '[from-internal]\nexten => _X.,1,Dial(PJSIP/${EXTEN},3)\n same => n,Hangup()\nexten => _[a-z].,1,Answer()\n same => n,Hangup()\n',
    },
    listen: ['127.0.0.9:5062'],
    scenarios: [
      {
        shows:
          'anonymous takes an unknown caller, without a challenge, into a context that dials ${EXTEN}: out through the trunk',
        name: 'toll-fraud',
        bind: '127.0.0.3',
        from: 'attacker',
        to: '500&PJSIP/itsp/sip%3A14165551212%40127.0.0.9%3A5062',
        sendsOut: '14165551212',
      },
      {
        shows: 'a match_header identify comes after anonymous when the order does not list header',
        name: 'header-behind-anonymous',
        bind: '127.0.0.4',
        to: 'abc',
        headers: { 'X-Trunk': 'acme' },
      },
    ],
  },
  {
    name: 'authentication and ACLs',
    files: {
      'pjsip.conf': `${T}${EP}[alice](ep)\nidentify_by=username\nauth=alice-auth\n[alice-auth]\ntype=auth\nauth_type=userpass\nusername=alice\npassword=Alice-pass-1234\n\n[trunk](ep)\nauth=trunk-auth\n[trunk-auth]\ntype=auth\nauth_type=userpass\nusername=trunkuser\npassword=Trunk-pass-1234\n[trunk-id]\ntype=identify\nendpoint=trunk\nmatch=127.0.0.2\n\n[noauth](ep)\nauth=missing-auth\n[noauth-id]\ntype=identify\nendpoint=noauth\nmatch=127.0.0.3\n\n[guarded](ep)\nidentify_by=username\nauth=guarded-auth\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.99\n[guarded-auth]\ntype=auth\nauth_type=userpass\nusername=guarded\npassword=Guarded-pass-123\n`,
      'extensions.conf': ANSWER,
    },
    scenarios: [
      {
        shows: 'auth=: the right password gets in',
        name: 'right',
        bind: '127.0.0.6',
        from: 'alice',
        to: '5001',
        password: 'Alice-pass-1234',
        right: true,
      },
      {
        shows: 'a wrong password gets 401 again, not 403',
        name: 'wrong',
        bind: '127.0.0.6',
        from: 'alice',
        to: '5002',
        password: 'nope',
      },
      {
        shows: 'no credentials: the challenge is the answer',
        name: 'none',
        bind: '127.0.0.6',
        from: 'alice',
        to: '5003',
      },
      {
        shows: 'an endpoint found by address is challenged too',
        name: 'ip-and-auth',
        bind: '127.0.0.2',
        to: '5004',
        username: 'trunkuser',
        password: 'Trunk-pass-1234',
        right: true,
      },
      { shows: 'auth= naming no auth: 500', name: 'missing-auth', bind: '127.0.0.3', to: '5005' },
      {
        shows: 'an ACL that refuses the address: 401 even with the right password',
        name: 'acl',
        bind: '127.0.0.5',
        from: 'guarded',
        to: '5006',
        password: 'Guarded-pass-123',
        right: true,
      },
    ],
  },
  {
    name: 'context and extension',
    files: {
      'pjsip.conf': `${T}${EP}[pat](ep)\ncontext=pat\n[nocontext]\ntype=endpoint\ndisallow=all\nallow=ulaw\n[emptyctx](ep)\ncontext=\n[lost](ep)\ncontext=does-not-exist\n[short](ep)\ncontext=short\n`,
      'extensions.conf':
        '[pat]\nexten => 100,1,Answer()\n same => n,Hangup()\nexten => _1XX,1,Answer()\n same => n,Hangup()\ninclude => pat2\n[pat2]\nexten => _8XX,1,Answer()\n same => n,Hangup()\n[short]\nexten => 500,1,Answer()\n same => n,Hangup()\nexten => 600,hint,PJSIP/pat\n[default]\nexten => 700,1,Answer()\n same => n,Hangup()\n',
    },
    scenarios: [
      { shows: 'extension present', name: 'present', bind: '127.0.0.2', from: 'pat', to: '100' },
      { shows: 'a pattern takes it', name: 'pattern', bind: '127.0.0.2', from: 'pat', to: '150' },
      { shows: 'found through an include', name: 'include', bind: '127.0.0.2', from: 'pat', to: '850' },
      { shows: 'extension absent: 404', name: 'absent', bind: '127.0.0.2', from: 'pat', to: '999' },
      { shows: 'no context= lands in default', name: 'default', bind: '127.0.0.3', from: 'nocontext', to: '700' },
      {
        shows: 'an empty context= is the context named "", not default',
        name: 'empty-context',
        bind: '127.0.0.6',
        from: 'emptyctx',
        to: '702',
      },
      { shows: 'a context the dialplan lacks: 404', name: 'lost', bind: '127.0.0.4', from: 'lost', to: '701' },
      { shows: 'a number that could still grow: 484', name: 'overlap', bind: '127.0.0.5', from: 'short', to: '5' },
      { shows: 'a hint alone is no extension', name: 'hint', bind: '127.0.0.5', from: 'short', to: '600' },
    ],
  },
  {
    name: 'match entries: a port, and a ! that is no exclusion',
    files: {
      'pjsip.conf': `${T}${EP}[net](ep)\n[net-id]\ntype=identify\nendpoint=net\nmatch=127.0.0.0/24,!127.0.0.5\n\n[portep](ep)\n[port-id]\ntype=identify\nendpoint=portep\nmatch=127.0.0.9:5063\n`,
      'extensions.conf': ANSWER,
    },
    scenarios: [
      {
        shows: 'an identify with a !address entry is dropped: nothing in its network matches',
        name: 'negated',
        bind: '127.0.0.4',
        to: '8001',
      },
      {
        shows: 'a match with a port: the right source port',
        name: 'port-right',
        bind: '127.0.0.9',
        port: 5063,
        to: '8002',
      },
      { shows: 'a match with a port: another source port', name: 'port-wrong', bind: '127.0.0.9', to: '8003' },
    ],
  },
  {
    name: 'identifiers the order leaves out run after it',
    files: {
      'pjsip.conf': `[global]\ntype=global\nendpoint_identifier_order=header,ip,username,anonymous\n\n${T}${EP}[anonymous](ep)\n[hdr](ep)\n[hdr-id]\ntype=identify\nendpoint=hdr\nmatch_header=X-Trunk: acme\n[bob](ep)\nidentify_by=auth_username\nauth=bob-auth\n[bob-auth]\ntype=auth\nauth_type=userpass\nusername=bob\npassword=Bob-pass-12345\n`,
      'extensions.conf': ANSWER,
    },
    scenarios: [
      {
        shows: 'header listed before anonymous: the header identifies',
        name: 'header-first',
        bind: '127.0.0.3',
        to: '9001',
        headers: { 'X-Trunk': 'acme' },
      },
      {
        shows: 'auth_username is not in the order: anonymous takes the request before credentials are asked for',
        name: 'auth-username-after-anonymous',
        bind: '127.0.0.7',
        to: '9002',
        username: 'bob',
        password: 'Bob-pass-12345',
        right: true,
      },
    ],
  },
  {
    name: 'identified by the credentials (auth_username); ip left out of the order',
    files: {
      'pjsip.conf': `[global]\ntype=global\nendpoint_identifier_order=username,anonymous\n\n${T}${EP}[office](ep)\n[office-id]\ntype=identify\nendpoint=office\nmatch=127.0.0.2\n[bob](ep)\nidentify_by=auth_username\nauth=bob-auth\n[bob-auth]\ntype=auth\nauth_type=userpass\nusername=bob\npassword=Bob-pass-12345\n`,
      'extensions.conf': ANSWER,
    },
    scenarios: [
      {
        shows: 'the first request finds nobody (401); the one with credentials finds bob and gets in',
        name: 'auth-username',
        bind: '127.0.0.7',
        to: '9101',
        username: 'bob',
        password: 'Bob-pass-12345',
        right: true,
      },
      {
        shows: 'From bob without credentials: identify_by has no username',
        name: 'from-bob',
        bind: '127.0.0.8',
        from: 'bob',
        to: '9102',
      },
      {
        shows: 'ip is not in endpoint_identifier_order, yet the identify still finds the address',
        name: 'ip-not-listed',
        bind: '127.0.0.2',
        to: '9103',
      },
    ],
  },
  {
    name: 'match_request_uri (master only)',
    files: {
      'pjsip.conf': `${T}${EP}[by-uri](ep)\n[uri-id]\ntype=identify\nendpoint=by-uri\nmatch_request_uri=sip:7777@127.0.0.1\n`,
      'extensions.conf': ANSWER,
    },
    scenarios: [
      {
        shows: 'the whole Request-URI identifies (20.7.0 does not load the identify)',
        name: 'uri',
        bind: '127.0.0.3',
        to: '7777',
      },
    ],
  },
];

/** The request sipcall.py sends for a scenario (the first attempt, or the one with credentials). */
function requestOf(s: Scenario, withCredentials: boolean): InboundRequest {
  const [user, domain] = (s.from ?? 'nobody').split('@');
  return {
    method: s.method ?? 'INVITE',
    source: s.bind,
    port: s.port ?? 5062,
    fromUser: user,
    fromDomain: domain ?? s.bind,
    exten: decodeURIComponent(s.to),
    requestUri: s.ruri ?? `sip:${s.to}@127.0.0.1`,
    headers: s.headers,
    authUsername: withCredentials ? (s.username ?? user) : undefined,
  };
}

interface Prediction {
  endpoint?: string;
  context?: string;
  challenged: boolean;
  /** A SIP code, or `passes` (the dialplan runs). */
  final: number | 'passes';
}

function predict(s: Scenario, version: string, files: Record<string, string>): Prediction {
  const f = fixture(
    Object.entries(files)
      .map(([name, text]) => `;- /etc/asterisk/${name}\n${text.replace(/\|/g, '\\|')}`)
      .join('\n'),
    { asteriskVersion: version },
  );
  const first = inboundPath(f.analysis, requestOf(s, false));
  const challenged = first.outcome.withoutCredentials === 401;
  let through: InboundPath = first;
  let final = first.outcome.withoutCredentials;
  if (s.password && challenged) {
    through = inboundPath(f.analysis, requestOf(s, true));
    final = s.right ? through.outcome.withRightPassword : through.outcome.withWrongPassword;
  }
  // Asterisk names the endpoint and context when the dialplan runs or the extension is not found (404); a 484 is
  // answered without a log line.
  const reached = final === 'passes' || final === 404;
  return {
    endpoint: reached ? through.endpoint?.id : undefined,
    context: reached ? through.context?.name : undefined,
    challenged,
    final,
  };
}

/** What Asterisk did, in the prediction's terms. */
function observed(r: CallResult, p: Prediction): Prediction {
  const passes = r.status !== undefined && ![401, 403, 404, 484, 500].includes(r.status) && !!r.context;
  return {
    endpoint: r.endpoint,
    context: r.context,
    challenged: r.challenged,
    final: passes && p.final === 'passes' ? 'passes' : (r.status ?? -1),
  };
}

const missing = asteriskMissing();
suite('who answers a call, checked on a real Asterisk', { skip: missing }, () => {
  for (const version of VERSIONS)
    for (const c of configs)
      test(`${version}: ${c.name}`, async () => {
        const { results, run } = await runCalls(c.files, c.scenarios, {
          env: { ORACLE_ASTERISK: version },
          listen: c.listen,
          uas: c.listen ? { code: 486, answer_after: 0.2 } : undefined,
        });
        const report: string[] = [];
        for (const s of c.scenarios) {
          const p = predict(s, version, c.files);
          const r = results.get(s.name)!;
          const o = observed(r, p);
          if (JSON.stringify(o) !== JSON.stringify(p))
            report.push(`${s.name} (${s.shows}):\n  predicted ${JSON.stringify(p)}\n  Asterisk  ${JSON.stringify(o)}`);
          if (s.sendsOut && !r.sent.some((u) => u.includes(s.sendsOut!)))
            report.push(
              `${s.name}: Asterisk should have called out with ${s.sendsOut}; it sent ${JSON.stringify(r.sent)}`,
            );
        }
        assert.deepEqual(report, [], `${report.join('\n')}\nlog:\n${run.out('log-calls.txt').slice(-3000)}`);
      });
});
