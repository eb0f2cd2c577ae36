/**
 * Every rule: a config where it fires (and nothing else does) and a close variant where it must not.
 * Ranges are checked through the text under them.
 */
import { test, suite } from 'node:test';
import * as assert from 'node:assert/strict';
import { allRules, severityOf, type RuleId } from '../server/src/rules/registry';
import { fixture } from './helpers/fixture';

/** A phone that a real Asterisk loads without a word. */
const PHONE = `
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[6001]
type=endpoint
context=from-internal
disallow=all
allow=ulaw
auth=6001
aors=6001

[6001]
type=auth
auth_type=digest
username=6001
password=Qm7-vT4x-Lr9k-Zw2p

[6001]
type=aor
max_contacts=1
`;

interface Case {
  rule: string;
  /** Config where the rule fires; `under` is the text under the (first) diagnostic of the rule. */
  fires: string;
  under: string;
  /** Extra rules that legitimately fire too (default: none). */
  also?: string[];
  severity?: string;
  /** Close variant where the rule must not fire. */
  clean: string;
}

const cases: Case[] = [
  { rule: 'syntax-unclosed-section', fires: `${PHONE}\n[6002\ntype=aor\n`, under: '[6002', clean: PHONE },
  { rule: 'syntax-unclosed-section', fires: `${PHONE}\n[6002](x\ntype=aor\n`, under: '(x', clean: PHONE },
  {
    rule: 'syntax-missing-equals',
    fires: PHONE.replace('allow=ulaw', 'allow ulaw\nallow=ulaw'),
    under: 'allow ulaw',
    clean: PHONE,
  },
  {
    rule: 'syntax-missing-name',
    fires: PHONE.replace('allow=ulaw', 'allow=ulaw\n=ulaw'),
    under: '=ulaw',
    clean: PHONE,
  },
  { rule: 'syntax-no-section', fires: `type=aor\n${PHONE}`, under: 'type=aor', clean: PHONE },
  {
    rule: 'syntax-invalid-escape',
    fires: PHONE.replace('allow=ulaw', 'allow=ulaw\n\\ x=1'),
    under: '\\ x=1',
    clean: PHONE.replace('allow=ulaw', 'allow=ulaw\nset_var=A\\;B=1'),
  },
  {
    rule: 'section-trailing-text',
    fires: `${PHONE}\n[tpl] (!)\ncontext=x\n`,
    under: '(!)',
    also: ['missing-type'],
    clean: `${PHONE}\n[tpl](!) ; comment\ncontext=x\n`,
  },
  {
    rule: 'block-comment-unterminated',
    fires: `${PHONE}\n;-- old stuff\n[x]\n`,
    under: ';--',
    clean: `${PHONE}\n;-- old stuff\n[x]\n--;\n`,
  },
  {
    rule: 'block-comment-stray-end',
    fires: PHONE.replace('context=from-internal', 'context=from-internal --;'),
    under: '--;',
    also: ['endpoint-without-aors', 'endpoint-without-codecs', 'unauthenticated-endpoint'],
    clean: PHONE.replace('context=from-internal', 'context=from-internal ;-- x --;'),
  },
  {
    rule: 'line-ending-cr',
    fires: PHONE.replace('[6001]\ntype=aor\n', '[6001]\rtype=aor\r'),
    under: '\r',
    also: ['unresolved-reference', 'missing-type'],
    clean: PHONE.replace(/\n/g, '\r\n'),
  },
  {
    rule: 'semicolon-in-quotes',
    fires: PHONE.replace('context=from-internal', 'context=from-internal\ncallerid="Lobby; front desk" <6001>'),
    under: '; front desk" <6001>',
    clean: PHONE.replace(
      'context=from-internal',
      'context=from-internal\ncallerid="Lobby\\; front desk" <6001> ; the desk',
    ),
  },
  {
    rule: 'line-too-long',
    fires: PHONE.replace('context=from-internal', `context=${'x'.repeat(8200)}`),
    under: `context=${'x'.repeat(8200)}`,
    clean: PHONE.replace('context=from-internal', `context=${'x'.repeat(8000)}`),
  },
  {
    rule: 'include-not-found',
    fires: `#include missing.conf\n${PHONE}`,
    under: 'missing.conf',
    clean: `#tryinclude missing.conf\n${PHONE}`,
  },
  {
    rule: 'include-not-found',
    fires: `#include pjsip.d/*.conf\n${PHONE}`,
    under: 'pjsip.d/*.conf',
    clean: `${PHONE}\n#include pjsip.d/*.conf\n;- pjsip.d/a.conf\n[a]\ntype=aor\n`,
  },
  { rule: 'include-cycle', fires: `${PHONE}\n#include pjsip.conf\n`, under: 'pjsip.conf', clean: PHONE },
  {
    rule: 'include-duplicate',
    fires: `${PHONE}\n#include a.conf\n#include a.conf\n;- a.conf\n[a]\ntype=aor\n`,
    under: 'a.conf',
    clean: `${PHONE}\n#include a.conf\n;- a.conf\n[a]\ntype=aor\n`,
  },
  {
    rule: 'unknown-directive',
    fires: `#local_net=192.168.0.0/16\n${PHONE}`,
    under: '#local_net=192.168.0.0/16',
    clean: `;local_net=192.168.0.0/16\n${PHONE}`,
  },
  { rule: 'directive-missing-argument', fires: `#include\n${PHONE}`, under: '#include', clean: PHONE },
  {
    rule: 'exec-not-checked',
    fires: `#exec /usr/bin/gen\n${PHONE}`,
    under: '#exec /usr/bin/gen',
    severity: 'information',
    clean: PHONE,
  },
  {
    rule: 'unresolved-template',
    fires: `${PHONE}\n[6002](phone)\ntype=aor\n`,
    under: 'phone',
    clean: `${PHONE}\n[phone](!)\nmax_contacts=1\n[6002](phone)\ntype=aor\n`,
  },
  {
    rule: 'unresolved-template',
    fires: `${PHONE}\n[6002](+)\ntype=aor\n`,
    under: '+',
    clean: `${PHONE}\n[6001](+)\nqualify_frequency=60\n`,
  },
  {
    rule: 'missing-type',
    fires: `${PHONE}\n[6002]\ncontext=x\n`,
    under: '6002',
    clean: `${PHONE}\n[6002]\ntype=aor\n`,
  },
  {
    rule: 'missing-type',
    fires: `[global]\nuser_agent=pbx\ndirect_media=no\n${PHONE}`,
    under: 'global',
    clean: `[global]\nuser_agent=pbx\n${PHONE}`,
  },
  {
    rule: 'unknown-type',
    fires: `${PHONE}\n[6002]\ntype=endpiont\n`,
    under: 'endpiont',
    clean: `${PHONE}\n[6002]\ntype=aor\n`,
  },
  { rule: 'unknown-type', fires: `${PHONE}\n[6002]\ntype=Aor\n`, under: 'Aor', clean: `${PHONE}\n[6002]\ntype=aor\n` },
  { rule: 'unknown-type', fires: PHONE.replace('type=aor', 'type=aorr'), under: 'aorr', clean: PHONE }, // the aors= naming it is not reported again
  { rule: 'missing-type', fires: PHONE.replace('type=aor\n', ''), under: '6001', clean: PHONE },
  {
    rule: 'duplicate-section',
    fires: `${PHONE}\n[6001]\ntype=aor\n`,
    under: '6001',
    // the endpoint's aors=6001 names an aor Asterisk refuses with the others: it names nothing any more
    also: ['aor-rejects-registrations', 'unresolved-reference'],
    clean: `${PHONE}\n[6001b]\ntype=aor\n`,
  },
  {
    rule: 'duplicate-singleton',
    fires: `${PHONE}\n[global]\ntype=global\n[g2]\ntype=global\n[g3]\ntype=global\n`,
    under: 'g2',
    clean: `${PHONE}\n[global]\ntype=global\n`,
  },
  {
    // two sections: the last one is in effect, the earlier one is reported
    rule: 'duplicate-singleton',
    fires: `${PHONE}\n[global]\ntype=global\n[g2]\ntype=global\n`,
    under: 'global',
    severity: 'warning',
    clean: `${PHONE}\n[global]\ntype=global\n`,
  },
  {
    rule: 'duplicate-singleton',
    fires: `${PHONE}\n[system]\ntype=system\n[s2]\ntype=system\n`,
    under: 'system',
    severity: 'warning',
    clean: `${PHONE}\n[system]\ntype=system\n`,
  },
  {
    rule: 'unknown-option',
    fires: PHONE.replace('allow=ulaw\nauth', 'allow=ulaw\nmax_contacts=1\nauth'),
    under: 'max_contacts',
    clean: PHONE,
  },
  {
    rule: 'unknown-option',
    fires: PHONE.replace('aors=6001', 'aor=6001'),
    under: 'aor',
    also: ['endpoint-without-aors'],
    clean: PHONE,
  },
  {
    rule: 'unknown-option',
    fires: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registration=yes\nendpoint/allow=ulaw\n`,
    under: 'accepts_registration',
    severity: 'warning',
    also: ['wizard-missing-required', 'unauthenticated-endpoint'],
    clean: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registrations=yes\nendpoint/allow=ulaw\n`,
  },
  {
    rule: 'unknown-option',
    fires: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registrations=yes\nendpoint/allow=ulaw\nendpoint/max_contacts=1\n`,
    under: 'max_contacts',
    clean: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registrations=yes\nendpoint/allow=ulaw\naor/max_contacts=1\n`,
  },
  {
    rule: 'invalid-value',
    fires: PHONE.replace('allow=ulaw', 'allow=ulaw\ndtmf_mode=rfc2833x'),
    under: 'rfc2833x',
    clean: PHONE.replace('allow=ulaw', 'allow=ulaw\ndtmf_mode=rfc4733'),
  },
  {
    rule: 'invalid-value',
    fires: `${PHONE.replace('max_contacts=1', 'max_contacts=1\nqualify_frequency=thirty')}`,
    under: 'thirty',
    clean: PHONE.replace('max_contacts=1', 'max_contacts=1\nqualify_frequency=30'),
  },
  {
    rule: 'invalid-value',
    fires: PHONE.replace('allow=ulaw', 'allow=ulaw,'),
    under: ',',
    clean: PHONE.replace('allow=ulaw', 'allow=ulaw,alaw'),
  },
  {
    rule: 'invalid-value',
    fires: PHONE.replace('allow=ulaw', 'allow=ulaw\nt38_udptl_ec=FEC'),
    under: 'FEC',
    clean: PHONE.replace('allow=ulaw', 'allow=ulaw\nt38_udptl_ec=fec'),
  },
  {
    rule: 'invalid-value',
    fires: PHONE.replace('allow=ulaw', 'allow=ulaw\ndirect_media=noo'),
    under: 'noo',
    severity: 'warning',
    clean: PHONE.replace('allow=ulaw', 'allow=ulaw\ndirect_media=no'),
  },
  {
    rule: 'invalid-value',
    fires: PHONE.replace('bind=0.0.0.0', 'bind=0.0.0.0\nlocal_net=[YOUR LOCAL NETWORK]'),
    under: '[YOUR LOCAL NETWORK]',
    clean: PHONE.replace('bind=0.0.0.0', 'bind=0.0.0.0\nlocal_net=192.168.0.0/16'),
  },
  {
    rule: 'duplicate-option',
    fires: PHONE.replace('context=from-internal', 'context=a\ncontext=from-internal'),
    under: 'context=a',
    clean: PHONE.replace('allow=ulaw', 'allow=ulaw\nallow=alaw'),
  },
  {
    rule: 'deprecated-option',
    fires: PHONE.replace(
      'password=Qm7-vT4x-Lr9k-Zw2p',
      'password=Qm7-vT4x-Lr9k-Zw2p\nmd5_cred=0123456789abcdef0123456789abcdef',
    ),
    under: 'md5_cred',
    clean: PHONE,
  },
  {
    rule: 'deprecated-value',
    fires: PHONE.replace('auth_type=digest', 'auth_type=userpass'),
    under: 'userpass',
    severity: 'hint',
    clean: PHONE,
  },
  {
    rule: 'missing-required-option',
    fires: `${PHONE}\n[trunk]\ntype=identify\nendpoint=6001\n`,
    under: 'trunk',
    clean: `${PHONE}\n[trunk]\ntype=identify\nendpoint=6001\nmatch=192.0.2.1\n`,
  },
  {
    rule: 'missing-required-option',
    fires: PHONE.replace('password=Qm7-vT4x-Lr9k-Zw2p\n', ''),
    under: '6001',
    clean: PHONE.replace('password=Qm7-vT4x-Lr9k-Zw2p', 'password_digest=MD5:0123456789abcdef0123456789abcdef'),
  },
  {
    rule: 'missing-required-option',
    fires: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\n`,
    under: 'reg',
    clean: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\n`,
    also: [],
  },
  {
    rule: 'invalid-combination',
    fires: PHONE.replace('allow=ulaw', 'allow=ulaw\ntimers_min_se=60'),
    under: '60',
    clean: PHONE.replace('allow=ulaw', 'allow=ulaw\ntimers_min_se=90'),
  },
  { rule: 'unresolved-reference', fires: PHONE.replace('auth=6001', 'auth=6010'), under: '6010', clean: PHONE },
  {
    rule: 'unresolved-reference',
    fires: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\noutbound_auth=mytrunk-oauth\n`,
    under: 'mytrunk-oauth',
    also: ['registration-stops-retrying'],
    clean: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\noutbound_auth=mytrunk-oauth\nauth_rejection_permanent=no\n;- pjsip_wizard.conf\n[mytrunk]\ntype=wizard\nsends_auth=yes\nremote_hosts=192.0.2.10\noutbound_auth/username=me\noutbound_auth/password=pw\nendpoint/allow=ulaw\n`,
  },
  {
    rule: 'transport-bind-conflict',
    fires: `${PHONE}\n[t2]\ntype=transport\nbind=127.0.0.1:5060\n`,
    under: '127.0.0.1:5060',
    clean: `${PHONE}\n[t2]\ntype=transport\nprotocol=tcp\nbind=127.0.0.1:5060\n[t3]\ntype=transport\nprotocol=wss\nbind=0.0.0.0\n`,
  },
  {
    rule: 'registration-without-transport',
    fires: `${PHONE.replace(/\[transport-udp\][^[]*/, '')}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\n`,
    under: 'reg',
    clean: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\n`,
  },
  {
    rule: 'wizard-missing-required',
    fires: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registrations=yes\naccepts_auth=yes\nendpoint/allow=ulaw\naor/max_contacts=1\n`,
    under: 'accepts_auth',
    clean: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\naccepts_registrations=yes\naccepts_auth=yes\ninbound_auth/username=w\ninbound_auth/password=pw\nendpoint/allow=ulaw\naor/max_contacts=1\n`,
  },
  {
    rule: 'wizard-missing-required',
    fires: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\nendpoint/allow=ulaw\n`,
    under: 'w',
    also: ['unauthenticated-endpoint'],
    clean: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\nremote_hosts=192.0.2.1\nendpoint/allow=ulaw\n`,
  },
  {
    // it authenticates and no dial names it: it may only receive calls (information)
    rule: 'endpoint-without-aors',
    fires: PHONE.replace('aors=6001\n', ''),
    under: '6001',
    severity: 'information',
    clean: PHONE,
  },
  {
    rule: 'endpoint-without-codecs',
    fires: PHONE.replace('allow=ulaw\n', ''),
    under: '6001',
    clean: PHONE.replace('disallow=all\n', ''),
  },
  {
    rule: 'aor-rejects-registrations',
    fires: PHONE.replace('max_contacts=1', 'qualify_frequency=60'),
    under: '6001',
    clean: PHONE,
  },
  {
    rule: 'registration-stops-retrying',
    fires: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\noutbound_auth=6001\n`,
    under: 'reg',
    severity: 'information',
    clean: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\noutbound_auth=6001\nauth_rejection_permanent=no\nretry_interval=60\nforbidden_retry_interval=60\nfatal_retry_interval=300\nmax_retries=10000\n`,
  },
  {
    rule: 'registration-stops-retrying',
    fires: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\noutbound_auth=6001\nauth_rejection_permanent=no\nretry_interval=30\nforbidden_retry_interval=60\nfatal_retry_interval=120\nmax_retries=120\n`,
    under: 'reg',
    severity: 'information',
    clean: `${PHONE}\n[reg]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com\noutbound_auth=6001\nauth_rejection_permanent=no\nretry_interval=30\nforbidden_retry_interval=60\nfatal_retry_interval=120\nmax_retries=3000\n`,
  },
  {
    rule: 'wizard-ignored-option',
    fires: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\nremote_hosts=192.0.2.1\nendpoint/allow=ulaw\nendpoint/aors=other\n`,
    under: 'endpoint/aors=other',
    also: ['unauthenticated-endpoint'],
    clean: `${PHONE}\n;- pjsip_wizard.conf\n[w]\ntype=wizard\nremote_hosts=192.0.2.1\nendpoint/allow=ulaw\n`,
  },
  {
    rule: 'address-with-port',
    fires: PHONE.replace('bind=0.0.0.0\n', 'bind=0.0.0.0\nexternal_signaling_address=203.0.113.5:5061\n'),
    under: '203.0.113.5:5061',
    clean: PHONE.replace(
      'bind=0.0.0.0\n',
      'bind=0.0.0.0\nexternal_signaling_address=203.0.113.5\nexternal_signaling_port=5061\n',
    ),
  },
  {
    rule: 'address-with-port',
    fires: PHONE.replace('bind=0.0.0.0\n', 'bind=0.0.0.0\nexternal_media_address=[2001:db8::1]:4000\n'),
    under: '[2001:db8::1]:4000',
    clean: PHONE.replace('bind=0.0.0.0\n', 'bind=0.0.0.0\nexternal_media_address=2001:db8::1\n'),
  },
  {
    rule: 'timer-b-raised',
    fires: `${PHONE}\n[system]\ntype=system\ntimer_t1=1000\n`,
    under: '1000',
    clean: `${PHONE}\n[system]\ntype=system\ntimer_t1=1000\ntimer_b=64000\n`,
  },
  {
    rule: 'timer-b-raised',
    fires: `${PHONE}\n[system]\ntype=system\ntimer_b=20000\n`,
    under: '20000',
    clean: `${PHONE}\n[system]\ntype=system\ntimer_b=32000\n`,
  },
  {
    rule: 'duplicate-list-item',
    fires: `${PHONE}\n[rl]\ntype=resource_list\nevent=presence\nlist_item=alice,bob\nlist_item= alice\n`,
    under: 'alice',
    clean: `${PHONE}\n[rl]\ntype=resource_list\nevent=presence\nlist_item=alice,bob\n`,
  },
  {
    rule: 'unknown-acl',
    fires:
      PHONE.replace('allow=ulaw\n', 'allow=ulaw\nacl=offce\n') +
      ';- /etc/asterisk/acl.conf\n[office]\npermit=192.0.2.0/24\n',
    under: 'offce',
    clean:
      PHONE.replace('allow=ulaw\n', 'allow=ulaw\nacl=office\n') +
      ';- /etc/asterisk/acl.conf\n[office]\npermit=192.0.2.0/24\n',
  },
  {
    rule: 'unknown-acl',
    fires: PHONE.replace('allow=ulaw\n', 'allow=ulaw\ncontact_acl=office\n'),
    under: 'office',
    clean:
      PHONE.replace('allow=ulaw\n', 'allow=ulaw\ncontact_acl=office\n') +
      ';- /etc/asterisk/acl.conf\n#include acl.d/*.conf\n;- /etc/asterisk/acl.d/office.conf\n[office]\npermit=192.0.2.0/24\n',
  },
  {
    rule: 'unknown-context',
    fires: `${PHONE};- /etc/asterisk/extensions.conf\n[general]\n[from-internl]\nexten => 100,1,Answer()\n`,
    under: 'from-internal',
    clean: `${PHONE};- /etc/asterisk/extensions.conf\n[general]\n#include ext.d/*.conf\n;- /etc/asterisk/ext.d/a.conf\n[from-internal]\nexten => 100,1,Answer()\n`,
  },
  {
    rule: 'unknown-context',
    fires:
      PHONE.replace('allow=ulaw\n', 'allow=ulaw\nmessage_context=texts\n') +
      ';- /etc/asterisk/extensions.conf\n[from-internal]\n[texts](!)\n',
    under: 'texts',
    clean: PHONE.replace('allow=ulaw\n', 'allow=ulaw\nmessage_context=texts\n'),
  },
  {
    rule: 'unused-section',
    fires: `${PHONE}\n[spare]\ntype=aor\n`,
    under: 'spare',
    severity: 'hint',
    clean: `${PHONE}\n[6002]\ntype=endpoint\nallow=ulaw\naors=spare\n[spare]\ntype=aor\n`,
  },
  {
    rule: 'unused-section',
    fires: PHONE.replace('auth=6001', 'auth=6010'),
    under: '6001',
    severity: 'hint',
    also: ['unresolved-reference'],
    clean: PHONE,
  },
  {
    rule: 'endpoint-without-aors',
    fires: `${PHONE.replace('aors=6001\n', '').replace('auth=6001\n', '')};- /etc/asterisk/extensions.conf\n[from-internal]\nexten => 100,1,Dial(PJSIP/6001)\n`,
    under: '6001',
    also: ['unauthenticated-endpoint'],
    clean: `${PHONE};- /etc/asterisk/extensions.conf\n[from-internal]\nexten => 100,1,Dial(PJSIP/6001)\n`,
  },
  {
    rule: 'file-not-included',
    fires: `${PHONE}\n;- pjsip_custom.conf\n[x]\ntype=aor\n`,
    under: '[x]',
    severity: 'information',
    clean: `${PHONE}\n#include pjsip_custom.conf\n;- pjsip_custom.conf\n[x]\ntype=aor\n`,
  },
  // ---- security (rules/security/) ----
  {
    rule: 'unauthenticated-dial-out',
    fires: `${PHONE}\n[anonymous]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw\n;- extensions.conf\n[from-internal]\nexten => _X.,1,Dial(PJSIP/\${EXTEN}@itsp)\n`,
    under: 'anonymous',
    also: ['dial-unfiltered-exten'],
    clean: `${PHONE}\n[anonymous]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw\nauth=6001\n;- extensions.conf\n[from-internal]\nexten => _X.,1,Dial(PJSIP/\${EXTEN}@itsp)\n`,
  },
  {
    rule: 'unauthenticated-endpoint',
    fires: `${PHONE}\n[itsp]\ntype=endpoint\ncontext=from-itsp\ndisallow=all\nallow=ulaw\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.10\n`,
    under: 'itsp',
    clean: `${PHONE}\n[itsp]\ntype=endpoint\ncontext=from-itsp\ndisallow=all\nallow=ulaw\nidentify_by=ip\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.10\n`,
  },
  {
    rule: 'dial-unfiltered-exten',
    fires: `${PHONE};- extensions.conf\n[from-internal]\nexten => _X.,1,Dial(PJSIP/\${EXTEN})\n`,
    under: 'from-internal',
    clean: `${PHONE};- extensions.conf\n[from-internal]\nexten => _X.,1,Dial(PJSIP/\${FILTER(0-9,\${EXTEN})})\n`,
  },
  {
    rule: 'weak-password',
    fires: PHONE.replace('password=Qm7-vT4x-Lr9k-Zw2p', 'password=secret'),
    under: 'secret',
    clean: PHONE,
  },
  {
    rule: 'shared-password',
    fires: `${PHONE}\n[6002]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw\nauth=6002\naors=6002\n[6002]\ntype=auth\nusername=6002\npassword=Qm7-vT4x-Lr9k-Zw2p\n[6002]\ntype=aor\nmax_contacts=1\n`,
    under: 'Qm7-vT4x-Lr9k-Zw2p',
    clean: `${PHONE}\n[6002]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw\nauth=6002\naors=6002\n[6002]\ntype=auth\nusername=6002\npassword=Hc3-nB8y-Pd5s-Kf6t\n[6002]\ntype=aor\nmax_contacts=1\n`,
  },
  {
    rule: 'acl-permits-everyone',
    fires: `${PHONE}\n[itsp]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.10,0.0.0.0/0\n`,
    under: '0.0.0.0/0',
    also: ['unauthenticated-endpoint'],
    clean: `${PHONE}\n[itsp]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.10\n`,
  },
  {
    rule: 'identify-overlap',
    fires: `${PHONE}\n[a]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[b]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[z-id]\ntype=identify\nendpoint=a\nmatch=203.0.113.0/24\n[a-id]\ntype=identify\nendpoint=b\nmatch=203.0.113.10\n`,
    under: '203.0.113.0/24',
    clean: `${PHONE}\n[a]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[b]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[z-id]\ntype=identify\nendpoint=a\nmatch=203.0.113.0/25\n[a-id]\ntype=identify\nendpoint=b\nmatch=203.0.113.200\n`,
  },
  {
    rule: 'identify-never-applies',
    fires: `${PHONE}\n[anonymous]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw\n[h]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[h-id]\ntype=identify\nendpoint=h\nmatch_header=X-Trunk: acme\n`,
    under: 'X-Trunk: acme',
    also: ['unauthenticated-endpoint'],
    clean: `[global]\ntype=global\nendpoint_identifier_order=ip,header,username,anonymous\n${PHONE}\n[anonymous]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw\n[h]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[h-id]\ntype=identify\nendpoint=h\nmatch_header=X-Trunk: acme\n`,
  },
  {
    rule: 'identify-hostname',
    fires: `${PHONE}\n[t]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[t-id]\ntype=identify\nendpoint=t\nmatch=sip.example.com\n`,
    under: 'sip.example.com',
    severity: 'information',
    clean: `${PHONE}\n[t]\ntype=endpoint\nidentify_by=ip\ndisallow=all\nallow=ulaw\n[t-id]\ntype=identify\nendpoint=t\nmatch=203.0.113.10\n`,
  },
];

suite('rules', () => {
  test('the base phone config is clean', () => {
    const f = fixture(PHONE);
    assert.deepEqual(
      f.analysis.diagnostics.map((d) => `${d.code}: ${d.message}`),
      [],
    );
  });

  for (const c of cases) {
    test(`${c.rule}: fires on ${JSON.stringify(c.under.slice(0, 30))}, quiet on the fixed config`, () => {
      const f = fixture(c.fires);
      const relevant = f.analysis.diagnostics.filter((d) => d.severity !== 'hint' || c.severity === 'hint');
      const mine = relevant.filter((d) => d.code === c.rule);
      assert.ok(mine.length >= 1, `expected ${c.rule}; got ${relevant.map((d) => d.code).join(', ') || 'nothing'}`);
      const d = mine[0];
      assert.equal(f.files.get(d.path)!.slice(d.start, d.end), c.under, `text under ${c.rule}`);
      assert.equal(d.severity, c.severity ?? defaultSeverity(c.rule));
      const others = [
        ...new Set(relevant.filter((x) => x.code !== c.rule && x.severity !== 'information').map((x) => x.code)),
      ];
      assert.deepEqual(
        others.filter((x) => !(c.also ?? []).includes(x)),
        [],
        `only ${c.rule} should fire`,
      );
      const clean = fixture(c.clean);
      assert.deepEqual(
        clean.analysis.diagnostics.filter((x) => x.code === c.rule).map((x) => x.message),
        [],
        'clean variant',
      );
    });
  }

  test('every rule in the table has a case', () => {
    const covered = new Set(cases.map((c) => c.rule));
    const missing = allRules()
      .map((r) => r.id)
      // key-file-missing needs a provider that can see the machine's paths: test/keyFiles.test.ts
      .filter((id) => !covered.has(id) && !['block-comment-nesting', 'key-file-missing'].includes(id));
    assert.deepEqual(missing, []);
  });

  test('block-comment-nesting fires past 128 levels', () => {
    const f = fixture(`${';-- '.repeat(130)}\n${PHONE}`);
    assert.ok(f.analysis.diagnostics.some((d) => d.code === 'block-comment-nesting'));
    assert.ok(
      !fixture(`${';-- '.repeat(10)}${' --;'.repeat(10)}\n${PHONE}`).analysis.diagnostics.some(
        (d) => d.code === 'block-comment-nesting',
      ),
    );
  });
});

suite('rule table', () => {
  test('rule ids are typed: a misspelled id does not compile', () => {
    const ok: RuleId = 'unknown-option';
    // @ts-expect-error: not a rule id
    const misspelled: RuleId = 'unknown-opton';
    assert.deepEqual(
      [ok, misspelled].map((id) => allRules().some((r) => r.id === id)),
      [true, false],
    );
  });

  const variants: { rule: RuleId; config: string; under: string; severity: string }[] = [
    { rule: 'unknown-option', config: `${PHONE}\n[tpl](!)\ncontxt=x\n`, under: 'contxt', severity: 'warning' },
    { rule: 'missing-type', config: `${PHONE}\n[nothing]\n`, under: 'nothing', severity: 'warning' },
    {
      rule: 'duplicate-singleton',
      config: `${PHONE}\n[s1]\ntype=system\n[s2]\ntype=system\n`,
      under: 's1',
      severity: 'warning',
    },
  ];
  for (const v of variants) {
    test(`${v.rule} has the severity of its documented variant where the consequence differs`, () => {
      const d = fixture(v.config).analysis.diagnostics.find((x) => x.code === v.rule);
      assert.ok(d, `expected ${v.rule}`);
      assert.equal(d.severity, v.severity);
      const rule = allRules().find((r) => r.id === v.rule)!;
      assert.ok(
        Object.values(rule.variants ?? {}).some((x) => x.severity === v.severity),
        'documented in the table',
      );
    });
  }

  test('every variant has its own severity and an explanation', () => {
    for (const r of allRules()) {
      for (const [name, v] of Object.entries(r.variants ?? {})) {
        assert.notEqual(v.severity, r.severity, `${r.id}/${name}`);
        assert.ok(v.when.length > 10, `${r.id}/${name}`);
        assert.equal(severityOf(r.id as RuleId, name), v.severity);
      }
    }
  });
});

function defaultSeverity(id: string): string {
  return allRules().find((r) => r.id === id)!.severity;
}

suite('suppression comments', () => {
  test('pjsip-disable-next-line silences one line', () => {
    const f = fixture(
      PHONE.replace('allow=ulaw', 'allow=ulaw\n; pjsip-disable-next-line unknown-option\nfoo=1\nbar=2'),
    );
    assert.deepEqual(
      f.analysis.diagnostics.map((d) => f.files.get(d.path)!.slice(d.start, d.end)),
      ['bar'],
    );
  });
  test('pjsip-disable-file silences a rule in the file', () => {
    const f = fixture(
      `; pjsip-disable-file unknown-option, endpoint-without-aors, unused-section\n${PHONE.replace('allow=ulaw', 'allow=ulaw\nfoo=1').replace('aors=6001\n', '')}`,
    );
    assert.deepEqual(
      f.analysis.diagnostics.map((d) => d.code),
      [],
    );
  });
});
