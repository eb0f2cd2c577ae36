/**
 * Claims about what Asterisk does, checked on the real thing: each row boots the Asterisk of ../shared/asterisk on a
 * small config, on master and on 20.7.0 when that package is present, and checks both sides, what Asterisk logged
 * and what we report at that release (helpers/claims.ts). Skips with one line where there is no real Asterisk (a
 * user's machine).
 */
import { checkClaims, type Claim } from './helpers/claims';

const TRANSPORT = '[t1]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5060\n\n';

const claims: Claim[] = [
  {
    name: 'a codec list wrapped in parentheses is accepted (the form `pjsip show endpoint` prints)',
    files: {
      'pjsip.conf': `${TRANSPORT}[e1]\ntype=endpoint\nallow=(ulaw|alaw)\n\n[e2]\ntype=endpoint\nallow = (g722)\n\n[e3]\ntype=endpoint\ndisallow=all\nallow=g722\nallow=(ulaw,alaw)\n`,
    },
    says: [],
    silent: ['Cannot allow unknown format'],
    we: [],
    quiet: ['invalid-value'],
    endpoints: ['e1', 'e2', 'e3'],
  },
  {
    name: 'parentheses inside a longer codec list are a bad codec name',
    files: { 'pjsip.conf': `${TRANSPORT}[e3]\ntype=endpoint\nallow=!all,(ulaw)\n\n[e4]\ntype=endpoint\nallow=ulaw\n` },
    says: ["Cannot allow unknown format '(ulaw)'", "Could not create an object of type 'endpoint' with id 'e3'"],
    we: [{ rule: 'invalid-value', under: '(ulaw)' }],
    endpoints: ['e4'],
  },
  {
    name: 'pjsip_notify.conf beside pjsip.conf: its sections (no type=) bother neither Asterisk nor us',
    files: {
      'pjsip.conf': `${TRANSPORT}[e1]\ntype=endpoint\nallow=ulaw\n`,
      'pjsip_notify.conf':
        '[reload-phone]\nEvent=>check-sync\n\n[clear-mwi]\nEvent=>message-summary\nContent-Type=>application/simple-message-summary\nContent=>Messages-Waiting: no\n',
    },
    says: [],
    silent: ['reload-phone', 'clear-mwi', 'pjsip_notify.conf'],
    we: [],
    quiet: ['missing-type', 'file-not-included'],
    endpoints: ['e1'],
  },
  {
    name: 'a port in external_signaling_address or external_media_address is refused',
    files: {
      'pjsip.conf': `${TRANSPORT.replace('bind=127.0.0.1:5060\n', 'bind=127.0.0.1:5060\nexternal_signaling_address=203.0.113.5:5061\nexternal_media_address=203.0.113.6:4000\n')}`,
    },
    says: [
      'Port disallowed in 203.0.113.5:5061',
      "Unable to lookup '203.0.113.5:5061'",
      'Port disallowed in 203.0.113.6:4000',
    ],
    we: [
      { rule: 'address-with-port', under: '203.0.113.5:5061' },
      { rule: 'address-with-port', under: '203.0.113.6:4000' },
    ],
  },
  {
    name: 'the same addresses without a port are accepted',
    files: {
      'pjsip.conf': `${TRANSPORT.replace('bind=127.0.0.1:5060\n', 'bind=127.0.0.1:5060\nexternal_signaling_address=203.0.113.5\nexternal_signaling_port=5061\nexternal_media_address=203.0.113.6\n')}`,
    },
    says: [],
    silent: ['Port disallowed', 'Unable to lookup'],
    we: [],
    quiet: ['address-with-port'],
  },
  {
    name: 'an ACL that acl.conf does not define is reported by Asterisk, and the endpoint still loads',
    files: {
      'pjsip.conf': `${TRANSPORT}[e1]\ntype=endpoint\nallow=ulaw\nacl=office\ncontact_acl=nosuchacl\n\n[a1]\ntype=acl\nacl=nosuchacl2\n`,
      'acl.conf': '[office]\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.1\n',
    },
    says: ["ACL 'nosuchacl' does not exist", "ACL 'nosuchacl2' does not exist"],
    silent: ["ACL 'office' does not exist"],
    we: [
      { rule: 'unknown-acl', under: 'nosuchacl' },
      { rule: 'unknown-acl', under: 'nosuchacl2' },
    ],
    endpoints: ['e1'],
  },
  {
    name: 'timer_t1 raised without timer_b: Asterisk raises timer_b to 64 × timer_t1',
    files: { 'pjsip.conf': `${TRANSPORT}[system]\ntype=system\ntimer_t1=1000\n` },
    says: ['Timer B setting is too low. Setting to 64000'],
    we: [{ rule: 'timer-b-raised', under: '1000' }],
  },
  {
    name: 'timer_b at 64 × timer_t1 is accepted',
    files: { 'pjsip.conf': `${TRANSPORT}[system]\ntype=system\ntimer_t1=1000\ntimer_b=64000\n` },
    says: [],
    silent: ['Timer B setting is too low'],
    we: [],
    quiet: ['timer-b-raised'],
  },
  {
    name: 'a list_item named twice is ignored the second time',
    files: {
      'pjsip.conf': `${TRANSPORT}[rl]\ntype=resource_list\nevent=presence\nlist_item=alice,bob\nlist_item= alice\n`,
    },
    says: ["Ignoring duplicated list item 'alice'"],
    silent: ["duplicated list item 'bob'"],
    we: [{ rule: 'duplicate-list-item', under: 'alice' }],
  },
  {
    name: 'two copies of one endpoint that each fail on their own are no "duplicate object"',
    files: {
      'pjsip.conf': `${TRANSPORT}[7001]\ntype=endpoint\nallow=ulaw\ncontxt=x\n\n[7001]\ntype=endpoint\nallow=ulaw\nbogus_opt=1\n\n[7002]\ntype=endpoint\nallow=ulaw\n`,
    },
    says: ["named 'contxt'", "named 'bogus_opt'"],
    silent: ['duplicate object'],
    we: [
      { rule: 'unknown-option', under: 'contxt' },
      { rule: 'unknown-option', under: 'bogus_opt' },
    ],
    quiet: ['duplicate-section'],
    endpoints: ['7002'],
  },
  {
    name: 'when only one copy fails on its own, the other loads and nothing is a duplicate',
    files: {
      'pjsip.conf': `${TRANSPORT}[7001]\ntype=endpoint\nallow=ulaw\ncontxt=x\n\n[7001]\ntype=endpoint\nallow=ulaw\n\n[7002]\ntype=endpoint\nallow=ulaw\n`,
    },
    says: ["named 'contxt'"],
    silent: ['duplicate object'],
    we: [{ rule: 'unknown-option', under: 'contxt' }],
    quiet: ['duplicate-section'],
    endpoints: ['7001', '7002'],
  },
  {
    name: 'two copies that both load are a duplicate: every endpoint of the file is refused',
    files: {
      'pjsip.conf': `${TRANSPORT}[7001]\ntype=endpoint\nallow=ulaw\n\n[7001]\ntype=endpoint\nallow=ulaw\n\n[7002]\ntype=endpoint\nallow=ulaw\n`,
    },
    says: ["duplicate object: '7001' of type 'endpoint'"],
    we: [{ rule: 'duplicate-section', under: '7001' }],
    endpoints: [],
  },
];

checkClaims('claims checked on a real Asterisk', claims);
