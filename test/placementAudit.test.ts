/**
 * The placement audit of issue 9: for every rule whose cause can sit in a template, a template shared by one
 * object that is fine and one that fails. Where the outcome depends on the object (it may set the option itself),
 * the failing object carries the diagnostic and the template line is related information; where the template line
 * itself is wrong for every object that takes it, the line keeps the underline (the test name says why).
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { fixture } from './helpers/fixture';

interface Seen {
  under: string;
  related: string[];
}

function placed(src: string, code: string): Seen[] {
  const f = fixture(src);
  const text = (p: string, s: number, e: number) => f.files.get(p)!.slice(s, e);
  return f.analysis.diagnostics
    .filter((d) => d.code === code)
    .map((d) => ({
      under: text(d.path, d.start, d.end),
      related: (d.related ?? []).map((r) => `${text(r.path, r.start, r.end)}: ${r.message}`),
    }));
}

const UDP = '[tr]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n';
const AOR = '[x]\ntype=aor\n';

const ROWS: { name: string; code: string; src: string; want: Seen[] }[] = [
  {
    name: 'missing-required-option: on the object lacking it (the template is fine for the other)',
    code: 'missing-required-option',
    src: '[tpl](!)\ntype=auth\nusername=u\n\n[good](tpl)\npassword=x\n\n[bad](tpl)\n',
    want: [{ under: 'bad', related: [] }],
  },
  {
    name: 'invalid-value in a template stays on the line: Asterisk applies it to every user, an override cannot save one',
    code: 'invalid-value',
    src: '[tpl](!)\ntype=endpoint\ndtmf_mode=rfc2833\n\n[good](tpl)\ndtmf_mode=rfc4733\n\n[bad](tpl)\n',
    want: [{ under: 'rfc2833', related: [] }],
  },
  {
    name: 'unknown-option in a template stays on the line: the misspelled name breaks every endpoint that takes it',
    code: 'unknown-option',
    src: '[tpl](!)\ntype=endpoint\ndirect_medai=no\n\n[a](tpl)\ndirect_media=no\n\n[b](tpl)\n',
    want: [{ under: 'direct_medai', related: [] }],
  },
  {
    name: 'unknown-option of no type in a template stays on the line (once per user type): every user fails by it',
    code: 'unknown-option',
    src: '[tpl](!)\nfoo_bar=1\n\n[a](tpl)\ntype=aor\n\n[b](tpl)\ntype=endpoint\n',
    want: [
      { under: 'foo_bar', related: [] },
      { under: 'foo_bar', related: [] },
    ],
  },
  {
    name: 'deprecated-value in a template stays on the line: every user takes the old value',
    code: 'deprecated-value',
    src: '[tpl](!)\ntype=auth\nauth_type=userpass\n\n[a](tpl)\nusername=a\npassword=x\n\n[b](tpl)\nusername=b\npassword=x\n',
    want: [{ under: 'userpass', related: [] }],
  },
  {
    name: 'deprecated-option in a template stays on the line: every user takes the deprecated option',
    code: 'deprecated-option',
    src: '[tpl](!)\ntype=endpoint\npreferred_codec_only=yes\n\n[a](tpl)\n\n[b](tpl)\n',
    want: [{ under: 'preferred_codec_only', related: [] }],
  },
  {
    name: 'wizard-ignored-option in a template stays on the line: every wizard replaces that value',
    code: 'wizard-ignored-option',
    src: ';- /etc/asterisk/pjsip_wizard.conf\n[t](!)\ntype=wizard\naccepts_registrations=yes\nendpoint/aors=other\n\n[a](t)\nendpoint/allow=ulaw\n\n[b](t)\nendpoint/allow=ulaw\n',
    want: [
      { under: 'endpoint/aors=other', related: [] },
      { under: 'endpoint/aors=other', related: [] },
    ],
  },
  {
    name: 'duplicate-option inside a template stays on the line: the first line has no effect for any user',
    code: 'duplicate-option',
    src: '[tpl](!)\ntype=aor\nmax_contacts=1\nmax_contacts=2\n\n[a](tpl)\n\n[b](tpl)\n',
    want: [{ under: 'max_contacts=1', related: [] }],
  },
  {
    name: 'duplicate-option: a section overriding its template is not reported',
    code: 'duplicate-option',
    src: '[tpl](!)\ntype=aor\nmax_contacts=1\n\n[a](tpl)\nmax_contacts=2\n\n[b](tpl)\n',
    want: [],
  },
  {
    name: 'unresolved-reference from a template that one object overrides: on the object that keeps it',
    code: 'unresolved-reference',
    src: '[tpl](!)\ntype=endpoint\noutbound_auth=nope\n\n[a](tpl)\noutbound_auth=au\n\n[b](tpl)\n\n[au]\ntype=auth\nusername=x\npassword=y\n',
    want: [{ under: 'b', related: ['nope: outbound_auth is inherited from [tpl]'] }],
  },
  {
    name: 'unresolved-reference kept by every user stays on the template line: the name itself is wrong',
    code: 'unresolved-reference',
    src: '[tpl](!)\ntype=endpoint\naors=nope\n\n[a](tpl)\n\n[b](tpl)\n',
    want: [{ under: 'nope', related: [] }],
  },
  {
    name: 'unresolved-reference of an identify endpoint from a template: on the identify that keeps it',
    code: 'unresolved-reference',
    src: '[t](!)\ntype=identify\nendpoint=nope\nmatch=1.2.3.4\n\n[a](t)\nendpoint=e\n\n[b](t)\n[e]\ntype=endpoint\n',
    want: [{ under: 'b', related: ['nope: endpoint is inherited from [t]'] }],
  },
  {
    name: 'unknown-context from a template that one endpoint overrides: on the endpoint that keeps it',
    code: 'unknown-context',
    src: `[tpl](!)\ntype=endpoint\ncontext=nowhere\naors=x\n\n[a](tpl)\ncontext=here\n\n[b](tpl)\n${AOR};- /etc/asterisk/extensions.conf\n[here]\nexten=>1,1,NoOp\n`,
    want: [{ under: 'b', related: ['nowhere: context is inherited from [tpl]'] }],
  },
  {
    name: 'unknown-acl in a template stays on the line: acl lines add up, so every user keeps the missing ACL',
    code: 'unknown-acl',
    src: `[tpl](!)\ntype=endpoint\nacl=nope\naors=x\n\n[a](tpl)\nacl=yes1\n\n[b](tpl)\n${AOR};- /etc/asterisk/acl.conf\n[yes1]\ndeny=0.0.0.0/0\n`,
    want: [{ under: 'nope', related: [] }],
  },
  {
    name: 'address-with-port from a template that one transport overrides: on the transport that keeps it',
    code: 'address-with-port',
    src: '[t](!)\ntype=transport\nprotocol=udp\nexternal_media_address=1.2.3.4:5060\n\n[a](t)\nbind=0.0.0.0\nexternal_media_address=1.2.3.4\n\n[b](t)\nbind=0.0.0.0:5070\n',
    want: [{ under: 'b', related: ['1.2.3.4:5060: external_media_address is inherited from [t]'] }],
  },
  {
    name: 'endpoint-without-aors: on the endpoint without aors',
    code: 'endpoint-without-aors',
    src: `[tpl](!)\ntype=endpoint\nallow=ulaw\n\n[a](tpl)\naors=x\n\n[b](tpl)\n${AOR}`,
    want: [{ under: 'b', related: [] }],
  },
  {
    name: 'endpoint-without-codecs: on the endpoint without codecs',
    code: 'endpoint-without-codecs',
    src: `[tpl](!)\ntype=endpoint\ndisallow=all\naors=x\n\n[a](tpl)\nallow=ulaw\n\n[b](tpl)\n${AOR}`,
    want: [{ under: 'b', related: [] }],
  },
  {
    name: 'aor-rejects-registrations: on the aor that keeps max_contacts unset',
    code: 'aor-rejects-registrations',
    src: '[tpl](!)\ntype=aor\n\n[a](tpl)\nmax_contacts=1\n\n[b](tpl)\n\n[a]\ntype=endpoint\nauth=au\naors=a\nallow=ulaw\n[b]\ntype=endpoint\nauth=au\naors=b\nallow=ulaw\n[au]\ntype=auth\nusername=x\npassword=y\n',
    want: [{ under: 'b', related: [] }],
  },
  {
    name: 'registration-stops-retrying: on each registration (its own retry figures)',
    code: 'registration-stops-retrying',
    src: `[t](!)\ntype=registration\nmax_retries=1\nserver_uri=sip:x.example.com\nclient_uri=sip:me@x.example.com\n\n[a](t)\nmax_retries=10000\n\n[b](t)\n${UDP}`,
    want: [
      { under: 'a', related: [] },
      { under: 'b', related: [] },
    ],
  },
  {
    name: 'registration-without-transport: on the registration whose URI needs the missing transport',
    code: 'registration-without-transport',
    src: `[t](!)\ntype=registration\nserver_uri=sips:x.example.com\nclient_uri=sip:me@x.example.com\n\n[a](t)\nserver_uri=sip:x.example.com\n\n[b](t)\n${UDP}`,
    want: [{ under: 'b', related: [] }],
  },
  {
    name: 'duplicate-list-item in a template stays on the line: every list that takes it repeats the item',
    code: 'duplicate-list-item',
    src: '[tpl](!)\ntype=resource_list\nevent=presence\nlist_item=alice,alice\n\n[a](tpl)\n\n[b](tpl)\n',
    want: [
      { under: 'alice', related: [] },
      { under: 'alice', related: [] },
    ],
  },
  {
    name: 'missing-type: on the section that ends up without a type',
    code: 'missing-type',
    src: '[tpl](!)\ncontext=x\n\n[a](tpl)\ntype=endpoint\n\n[b](tpl)\n',
    want: [{ under: 'b', related: [] }],
  },
  {
    name: 'unknown-type in a template stays on the line: the first type= wins, so every user is ignored',
    code: 'unknown-type',
    src: '[tpl](!)\ntype=endpoit\n\n[a](tpl)\ntype=endpoint\n\n[b](tpl)\n',
    want: [
      { under: 'endpoit', related: [] },
      { under: 'endpoit', related: [] },
    ],
  },
];

suite('placement audit: a template shared by a correct and a failing object', () => {
  for (const row of ROWS) test(row.name, () => assert.deepEqual(placed(row.src, row.code), row.want));

  test('a moved unknown-context never edits the section name: its fix changes the name where it is written', () => {
    const f = fixture(ROWS.find((r) => r.code === 'unknown-context')!.src);
    const d = f.analysis.diagnostics.find((x) => x.code === 'unknown-context')!;
    const data = d.data as { name: string; at?: { path: string; start: number; end: number } };
    assert.ok(data.at, 'where the name is written');
    assert.equal(f.files.get(data.at.path)!.slice(data.at.start, data.at.end), data.name);
    assert.notEqual(data.at.start, d.start);
  });
});
