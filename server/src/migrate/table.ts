/**
 * The migration table: every key chan_sip reads (Asterisk 20.7.0's chan_sip, peers and [general]) and what the
 * converter does with it. A key is handled by one of:
 * - `copy`: the value goes to one pjsip option (through a value map when the words differ);
 * - `bool`: chan_sip's yes/no (ast_true) to a pjsip yes/no option;
 * - `group`: one step that reads several keys together (address, credentials, codecs, NAT, ...; see peer.ts and
 *   general.ts), named here so that docs/migration.md can say what it does;
 * - `same`: pjsip behaves this way without being told; `ignored`: chan_sip itself did nothing with it (or it only
 *   describes chan_sip's own state); `manual`: pjsip has no equivalent and the admin decides (exit status 1).
 * `scope` says where chan_sip reads it; a key in the other place is ignored by chan_sip. In [general], a
 * `peerDefault` key is the default of every peer that does not set it. `list` keys add up line by line; for the
 * others the last line wins, as in chan_sip. docs/migration.md is generated from this table (migrate/docs.ts).
 */
import type { MigrateNoteKey } from '../i18n/ui/migrateTexts';

export type Scope = 'peer' | 'general' | 'both';

/** The steps that read several keys together. */
export type GroupName =
  | 'type'
  | 'credentials'
  | 'address'
  | 'insecure'
  | 'codecs'
  | 'nat'
  | 'directmedia'
  | 'qualify'
  | 'mailbox'
  | 'callerid'
  | 't38'
  | 'media-encryption'
  | 'dtls'
  | 'peer-transport'
  | 'rpid'
  | 'outboundproxy'
  | 'callback'
  | 'bind'
  | 'tls'
  | 'nat-addresses'
  | 'register'
  | 'register-retry'
  | 'expiry'
  | 'realm'
  | 'guests'
  | 'general-acl';

/** What the converter does with a key. Types are pjsip object types; `transport` in [general] means every transport. */
export type Handler =
  | { kind: 'copy'; type: string; option: string; values?: Readonly<Record<string, string>>; upper?: boolean }
  | { kind: 'bool'; type: string; option: string }
  | { kind: 'group'; group: GroupName }
  | { kind: 'same' | 'ignored' | 'manual'; note: MigrateNoteKey };

export interface KeyRule {
  scope: Scope;
  /** In a peer (or, for [general]-only keys, in [general]). */
  handler: Handler;
  /** In [general], when it means something else there than in a peer. */
  general?: Handler;
  /** In [general]: the default of every peer that does not set it. */
  peerDefault?: boolean;
  /** Every line counts (in order); otherwise the last line wins. */
  list?: boolean;
  /** Another name chan_sip reads the same way. */
  alias?: string;
}

const ep = (option: string, values?: Record<string, string>): Handler => ({
  kind: 'copy',
  type: 'endpoint',
  option,
  ...(values ? { values } : {}),
});
const epBool = (option: string): Handler => ({ kind: 'bool', type: 'endpoint', option });
const group = (g: GroupName): Handler => ({ kind: 'group', group: g });
const same = (note: MigrateNoteKey): Handler => ({ kind: 'same', note });
const ignored = (note: MigrateNoteKey): Handler => ({ kind: 'ignored', note });
const manual = (note: MigrateNoteKey): Handler => ({ kind: 'manual', note });

/** Both places, and the [general] value is the peers' default. */
const shared = (handler: Handler, extra: Partial<KeyRule> = {}): KeyRule => ({
  scope: 'both',
  peerDefault: true,
  handler,
  ...extra,
});
const peer = (handler: Handler, extra: Partial<KeyRule> = {}): KeyRule => ({ scope: 'peer', handler, ...extra });
const general = (handler: Handler, extra: Partial<KeyRule> = {}): KeyRule => ({ scope: 'general', handler, ...extra });

const DTMF = { rfc2833: 'rfc4733', info: 'info', shortinfo: 'info', inband: 'inband', auto: 'auto' };
const TIMERS = { originate: 'always', accept: 'yes', refuse: 'no' };
const PROGRESS = { yes: 'yes', no: 'no', never: 'no' };
const TRUST_OUT = { yes: 'yes', no: 'no' };
const OVERLAP = { yes: 'yes', no: 'no' };
const FAX = { yes: 'yes', cng: 'yes', t38: 'yes', 'cng,t38': 'yes', 't38,cng': 'yes', no: 'no' };

export const SIP_KEYS: Readonly<Record<string, KeyRule>> = {
  // what a peer is, who it is and where it is
  type: peer(group('type')),
  secret: peer(group('credentials')),
  md5secret: peer(group('credentials')),
  remotesecret: peer(group('credentials')),
  defaultuser: peer(group('credentials')),
  username: peer(group('credentials'), { alias: 'defaultuser' }),
  auth: { scope: 'both', handler: group('credentials'), general: manual('generalAuth'), list: true },
  insecure: shared(group('insecure')),
  host: peer(group('address')),
  port: peer(group('address')),
  defaultip: peer(group('address')),
  outboundproxy: shared(group('outboundproxy')),
  transport: shared(group('peer-transport')),
  callbackextension: peer(group('callback')),
  // calls: context, caller ID, groups
  context: shared(ep('context')),
  subscribecontext: shared(ep('subscribe_context')),
  outofcall_message_context: shared(ep('message_context')),
  callerid: { scope: 'both', handler: group('callerid'), general: manual('generalCallerid') },
  cid_number: peer(group('callerid')),
  fullname: peer(group('callerid')),
  cid_tag: peer(ep('callerid_tag')),
  callingpres: peer(ep('callerid_privacy')),
  fromuser: peer(ep('from_user')),
  fromdomain: shared(ep('from_domain')),
  language: shared(ep('language')),
  accountcode: peer(ep('accountcode')),
  callgroup: peer(ep('call_group')),
  pickupgroup: peer(ep('pickup_group')),
  namedcallgroup: peer(ep('named_call_group')),
  namedpickupgroup: peer(ep('named_pickup_group')),
  setvar: peer(ep('set_var'), { list: true }),
  mohinterpret: shared(ep('moh_suggest')),
  mohsuggest: shared(manual('mohSuggest')),
  tonezone: shared(ep('tone_zone')),
  vmexten: shared(ep('voicemail_extension')),
  mailbox: peer(group('mailbox'), { list: true }),
  subscribemwi: peer(group('mailbox')),
  mwi_from: shared(ep('mwi_from_user')),
  busylevel: peer(ep('device_state_busy_at')),
  'call-limit': peer(manual('callLimit')),
  callcounter: shared(same('callCounter')),
  amaflags: peer(manual('amaflags')),
  parkinglot: shared(manual('parkinglot')),
  description: peer(ignored('description')),
  trunkname: peer(ignored('description')),
  regexten: peer(manual('regexten')),
  // media
  allow: shared(group('codecs'), { list: true }),
  disallow: shared(group('codecs'), { list: true }),
  videosupport: shared(group('codecs')),
  textsupport: shared(group('codecs')),
  autoframing: shared(manual('autoframing')),
  preferred_codec_only: shared(epBool('preferred_codec_only')),
  maxcallbitrate: shared(ignored('maxcallbitrate')),
  dtmfmode: shared(ep('dtmf_mode', DTMF)),
  nat: shared(group('nat')),
  directmedia: shared(group('directmedia')),
  canreinvite: shared(group('directmedia'), { alias: 'directmedia' }),
  directrtpsetup: general(ignored('directrtpsetup')),
  directmediaacl: peer(manual('directmediaAcl'), { list: true }),
  directmediapermit: peer(manual('directmediaAcl'), { list: true }),
  directmediadeny: peer(manual('directmediaAcl'), { list: true }),
  progressinband: shared(ep('inband_progress', PROGRESS)),
  rtptimeout: shared(ep('rtp_timeout')),
  rtpholdtimeout: shared(ep('rtp_timeout_hold')),
  rtpkeepalive: shared(ep('rtp_keepalive')),
  rtp_engine: peer(ep('rtp_engine')),
  t38pt_udptl: shared(group('t38')),
  t38pt_usertpsource: shared(epBool('t38_udptl_nat')),
  faxdetect: shared(ep('fax_detect', FAX)),
  g726nonstandard: shared(epBool('g726_non_standard')),
  rfc2833compensate: shared(ignored('rfc2833compensate')),
  relaxdtmf: general(ignored('relaxdtmf')),
  ignoresdpversion: shared(ignored('ignoresdpversion')),
  discard_remote_hold_retrieval: shared(manual('noEquivalent')),
  tos_audio: general(ep('tos_audio'), { peerDefault: true }),
  tos_video: general(ep('tos_video'), { peerDefault: true }),
  tos_text: general(ignored('tosText')),
  cos_audio: general(ep('cos_audio'), { peerDefault: true }),
  cos_video: general(ep('cos_video'), { peerDefault: true }),
  cos_text: general(ignored('tosText')),
  media_address: general(ep('media_address'), { peerDefault: true }),
  rtpbindaddr: general(manual('rtpbindaddr')),
  // security of the media: SRTP, DTLS, WebRTC
  encryption: peer(group('media-encryption')),
  encryption_taglen: peer(group('media-encryption')),
  avpf: peer(epBool('use_avpf')),
  force_avp: peer(epBool('force_avp')),
  icesupport: shared(epBool('ice_support')),
  rtcp_mux: shared(epBool('rtcp_mux')),
  dtlsenable: { scope: 'both', handler: group('dtls'), general: ignored('generalDtlsEnable') },
  dtlsverify: shared(group('dtls')),
  dtlsrekey: shared(group('dtls')),
  dtlscertfile: shared(group('dtls')),
  dtlsprivatekey: shared(group('dtls')),
  dtlscipher: shared(group('dtls')),
  dtlscafile: shared(group('dtls')),
  dtlscapath: shared(group('dtls')),
  dtlssetup: shared(group('dtls')),
  dtlsfingerprint: shared(group('dtls')),
  // signalling
  qualify: shared(group('qualify')),
  qualifyfreq: shared(group('qualify')),
  keepalive: shared(manual('keepalive')),
  sendrpid: shared(group('rpid')),
  trustrpid: shared(epBool('trust_id_inbound')),
  trust_id_outbound: shared(ep('trust_id_outbound', TRUST_OUT)),
  rpid_update: shared(epBool('rpid_immediate')),
  rpid_immediate: shared(epBool('rpid_immediate')),
  send_diversion: shared(epBool('send_diversion')),
  usereqphone: shared(epBool('user_eq_phone')),
  allowtransfer: shared(epBool('allow_transfer')),
  allowsubscribe: shared(epBool('allow_subscribe')),
  allowoverlap: shared(ep('allow_overlap', OVERLAP)),
  promiscredir: shared(manual('promiscredir')),
  supportpath: shared({ kind: 'bool', type: 'aor', option: 'support_path' }),
  buggymwi: shared(ignored('buggymwi')),
  useclientcode: shared(ignored('obsolete')),
  'session-timers': shared(ep('timers', TIMERS)),
  'session-expires': shared(ep('timers_sess_expires')),
  'session-minse': shared(ep('timers_min_se')),
  'session-refresher': shared(manual('sessionRefresher')),
  timert1: {
    scope: 'both',
    handler: manual('peerTimers'),
    general: { kind: 'copy', type: 'system', option: 'timer_t1' },
  },
  timerb: {
    scope: 'both',
    handler: manual('peerTimers'),
    general: { kind: 'copy', type: 'system', option: 'timer_b' },
  },
  maxforwards: shared(manual('maxforwards')),
  disallowed_methods: shared(manual('noEquivalent')),
  use_q850_reason: shared(same('q850')),
  snom_aoc_enabled: shared(manual('noEquivalent')),
  recordonfeature: shared(manual('recordFeature')),
  recordofffeature: shared(manual('recordFeature')),
  unsolicited_mailbox: peer(manual('noEquivalent')),
  hasvoicemail: peer(ignored('realtimeField')),
  // who may talk to us
  permit: peer(ep('permit'), { list: true }),
  deny: peer(ep('deny'), { list: true }),
  acl: peer(ep('acl'), { list: true }),
  contactpermit: { scope: 'both', handler: ep('contact_permit'), general: group('general-acl'), list: true },
  contactdeny: { scope: 'both', handler: ep('contact_deny'), general: group('general-acl'), list: true },
  contactacl: { scope: 'both', handler: ep('contact_acl'), general: group('general-acl'), list: true },
  // fields only realtime rows or chan_sip's own state carry
  regseconds: peer(ignored('realtimeField')),
  ipaddr: peer(ignored('realtimeField')),
  fullcontact: peer(ignored('realtimeField')),
  lastms: peer(ignored('realtimeField')),
  name: peer(ignored('realtimeField')),
  useragent: {
    scope: 'both',
    handler: ignored('realtimeField'),
    general: { kind: 'copy', type: 'global', option: 'user_agent' },
  },
  // [general] only: where chan_sip listens
  bindaddr: general(group('bind')),
  bindport: general(group('bind')),
  udpbindaddr: general(group('bind')),
  tcpenable: general(group('bind')),
  tcpbindaddr: general(group('bind')),
  tlsenable: general(group('bind'), { alias: 'sslenable' }),
  tlsbindaddr: general(group('bind')),
  tlscertfile: general(group('tls')),
  tlsprivatekey: general(group('tls')),
  tlscafile: general(group('tls')),
  tlscapath: general(group('tls')),
  tlscipher: general(group('tls')),
  tlsclientmethod: general(group('tls')),
  tlsdontverifyserver: general(group('tls')),
  tlsverifyclient: general(ignored('tlsverifyclient')),
  websocket_enabled: general(group('bind')),
  websocket_write_timeout: general({ kind: 'copy', type: 'transport', option: 'websocket_write_timeout' }),
  tcpauthtimeout: general(ignored('tcpAuth')),
  tcpauthlimit: general(ignored('tcpAuth')),
  externip: general(group('nat-addresses')),
  externaddr: general(group('nat-addresses')),
  externhost: general(group('nat-addresses')),
  externtcpport: general(group('nat-addresses')),
  externtlsport: general(group('nat-addresses')),
  localnet: general(group('nat-addresses'), { list: true }),
  externrefresh: general(ignored('externrefresh')),
  matchexternaddrlocally: general(ignored('matchexternlocally')),
  matchexterniplocally: general(ignored('matchexternlocally')),
  tos_sip: general({ kind: 'copy', type: 'transport', option: 'tos', upper: true }),
  cos_sip: general({ kind: 'copy', type: 'transport', option: 'cos' }),
  // [general] only: outbound registrations
  register: general(group('register'), { list: true }),
  registertimeout: general(group('register-retry')),
  registerattempts: general(group('register-retry')),
  register_retry_403: general(group('register-retry')),
  // [general] only: inbound registrations and the rest
  defaultexpiry: general(group('expiry'), { alias: 'defaultexpirey' }),
  maxexpiry: general(group('expiry'), { alias: 'maxexpirey' }),
  minexpiry: general(group('expiry'), { alias: 'minexpirey' }),
  realm: general(group('realm')),
  allowguest: general(group('guests')),
  alwaysauthreject: general(same('alwaysauthreject')),
  compactheaders: general({ kind: 'bool', type: 'system', option: 'compact_headers' }),
  srvlookup: general(same('srvlookup')),
  pedantic: general(ignored('pedantic')),
  sipdebug: general(ignored('debugging')),
  recordhistory: general(ignored('debugging')),
  dumphistory: general(ignored('debugging')),
  authfailureevents: general(ignored('debugging')),
  callevents: general(ignored('debugging')),
  notifyringing: general(same('notifyState')),
  notifyhold: general(same('notifyState')),
  notifycid: general(manual('notifycid')),
  notifymimetype: general(ignored('obsolete')),
  accept_outofcall_message: general(same('outofcallMessage')),
  auth_message_requests: general(same('authRequests')),
  auth_options_requests: general(manual('authOptions')),
  allowexternaldomains: general(manual('domains')),
  autodomain: general(manual('domains')),
  domain: general(manual('domains'), { list: true }),
  domainsasrealm: general(manual('domains')),
  match_auth_username: general(manual('matchAuthUsername')),
  autocreatepeer: general(manual('autocreatepeer')),
  regcontext: general(manual('regcontext')),
  regextenonqualify: general(manual('regcontext')),
  rtcachefriends: general(manual('realtime')),
  rtsavesysname: general(manual('realtime')),
  rtupdate: general(manual('realtime')),
  rtautoclear: general(manual('realtime')),
  rtsavepath: general(manual('realtime')),
  ignoreregexpire: general(manual('realtime')),
  mwi: general(manual('outboundMwi'), { list: true }),
  mwiexpiry: general(manual('outboundMwi'), { alias: 'mwiexpirey' }),
  submaxexpiry: general(ignored('subscriptionExpiry'), { alias: 'submaxexpirey' }),
  subminexpiry: general(ignored('subscriptionExpiry'), { alias: 'subminexpirey' }),
  dynamic_exclude_static: general(manual('dynamicExcludeStatic'), { alias: 'dynamic_excludes_static' }),
  t1min: general(ignored('t1min')),
  qualifygap: general(ignored('qualifyPacing')),
  qualifypeers: general(ignored('qualifyPacing')),
  shrinkcallerid: general(manual('shrinkcallerid')),
  legacy_useroption_parsing: general(ignored('obsolete')),
  storesipcause: general(ignored('debugging')),
  subscribe_network_change_event: general(ignored('obsolete')),
  uri_parameters_instead: general(ignored('obsolete')),
  send_oli: general(manual('noEquivalent')),
  refer_addheaders: general(ignored('obsolete')),
  prematuremedia: general(ignored('obsolete')),
  ignore_hold_before_answer: general(ignored('obsolete')),
  sdpsession: general(ep('sdp_session'), { peerDefault: true }),
  sdpowner: general(ep('sdp_owner'), { peerDefault: true }),
  jbenable: general(manual('jitterbuffer')),
  jbforce: general(manual('jitterbuffer')),
  jbmaxsize: general(manual('jitterbuffer')),
  jbresyncthreshold: general(manual('jitterbuffer')),
  jbimpl: general(manual('jitterbuffer')),
  jbtargetextra: general(manual('jitterbuffer')),
  jblog: general(manual('jitterbuffer')),
};

/** Keys chan_sip reads under other names (`sslenable`, the misspelt `*expirey`, ...): the name the table uses. */
const ALIASES: Readonly<Record<string, string>> = {
  sslenable: 'tlsenable',
  sslbindaddr: 'tlsbindaddr',
  sslcertfile: 'tlscertfile',
  sslprivatekey: 'tlsprivatekey',
  sslcafile: 'tlscafile',
  sslcapath: 'tlscapath',
  sslcipher: 'tlscipher',
  sslclientmethod: 'tlsclientmethod',
  ssldontverifyserver: 'tlsdontverifyserver',
  defaultexpirey: 'defaultexpiry',
  maxexpirey: 'maxexpiry',
  minexpirey: 'minexpiry',
  mwiexpirey: 'mwiexpiry',
  submaxexpirey: 'submaxexpiry',
  subminexpirey: 'subminexpiry',
  dynamic_excludes_static: 'dynamic_exclude_static',
};

/** The table's name for a key as written (lower case), or undefined when chan_sip does not know it. */
export function canonicalKey(name: string): string | undefined {
  const n = name.toLowerCase();
  if (n in SIP_KEYS) return n;
  return ALIASES[n];
}

export function ruleOf(name: string): KeyRule | undefined {
  const k = canonicalKey(name);
  return k === undefined ? undefined : SIP_KEYS[k];
}

/** The handler of a key in a peer or in [general]. */
export function handlerIn(rule: KeyRule, where: 'peer' | 'general'): Handler {
  return where === 'general' && rule.general ? rule.general : rule.handler;
}

/** Whether chan_sip reads this key in this kind of section. */
export function readIn(rule: KeyRule, where: 'peer' | 'general'): boolean {
  return rule.scope === 'both' || rule.scope === where;
}
