/**
 * Hand-written overlay: what individual enum values mean, in our own words. The generated schema lists the
 * values; this file explains them. Keys are `type.option` (or `*.option` for every type); values lower-case.
 */
import type { Locale } from '../i18n/locale';
import { meaningText } from '../i18n/texts';

export const meanings: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '*.dtmf_mode': {
    rfc4733: 'digits travel as RTP telephone-event packets (the usual choice; also known as RFC 2833)',
    inband: 'digits are audio tones in the media stream; only reliable with uncompressed codecs like ulaw/alaw',
    info: 'digits are sent as SIP INFO requests',
    auto: 'use RTP events when the peer offers them in SDP, otherwise fall back to inband tones',
    auto_info: 'use RTP events when the peer offers them in SDP, otherwise fall back to SIP INFO',
    none: 'no DTMF is sent or detected',
  },
  '*.100rel': {
    no: 'reliable provisional responses (PRACK) are not used',
    yes: 'PRACK is supported and used when the peer asks for it',
    required: 'PRACK is required: calls with peers that do not support it fail',
    peer_supported: 'PRACK is used when the peer says it supports it',
  },
  '*.timers': {
    no: 'SIP session timers are off',
    yes: 'session timers are used when the peer supports them',
    required: 'session timers are required: peers without support are rejected',
    always: 'session timers are always used, even when the peer does not announce support',
    forced: 'old name of always',
  },
  '*.identify_by': {
    username: 'match the user part of the From header to an endpoint name',
    auth_username: 'match the username of the Authorization header to an endpoint name',
    ip: 'match the source address against identify sections',
    header: 'match a SIP header against identify sections (match_header)',
    request_uri: 'match the request URI against identify sections (match_request_uri)',
  },
  '*.direct_media_method': {
    invite: 'send a re-INVITE to move the media path',
    reinvite: 'same as invite',
    update: 'send an UPDATE request to move the media path',
  },
  '*.connected_line_method': {
    invite: 'send connected-line updates in a re-INVITE',
    reinvite: 'same as invite',
    update: 'send connected-line updates in an UPDATE request',
  },
  '*.direct_media_glare_mitigation': {
    none: 'no glare mitigation',
    outgoing: 'do not send direct media re-INVITEs on outgoing calls of this endpoint',
    incoming: 'do not send direct media re-INVITEs on incoming calls of this endpoint',
  },
  '*.media_encryption': {
    no: 'media is not encrypted (plain RTP)',
    sdes: 'SRTP with keys exchanged in SDP (needs a TLS transport to be secret)',
    dtls: 'DTLS-SRTP, as WebRTC uses',
  },
  '*.t38_udptl_ec': {
    none: 'no error correction for T.38',
    fec: 'forward error correction',
    redundancy: 'redundant packets',
  },
  '*.dtls_verify': {
    yes: "verify the peer's certificate and fingerprint",
    no: 'do not verify',
    fingerprint: 'verify only the fingerprint from SDP',
    certificate: 'verify only the certificate',
  },
  '*.dtls_setup': {
    active: 'Asterisk opens the DTLS connection',
    passive: 'Asterisk waits for the peer to open the DTLS connection',
    actpass: 'Asterisk offers either role and lets the peer choose',
  },
  '*.dtls_fingerprint': {
    'sha-256': 'SHA-256 fingerprint of the certificate',
    'sha-1': 'SHA-1 fingerprint of the certificate (weak; for old peers)',
  },
  '*.redirect_method': {
    user: 'a 3xx redirect is followed by sending the call to the user part of the Contact',
    uri_core: 'a 3xx redirect is followed by the core with the full URI',
    uri_pjsip: 'a 3xx redirect is followed by PJSIP itself with the full URI',
  },
  '*.incoming_call_offer_pref': {
    local: 'use our codec order, keeping only codecs both sides have',
    local_first: 'use only our first codec that both sides have',
    remote: "use the caller's codec order, keeping only codecs both sides have",
    remote_first: "use only the caller's first codec that both sides have",
  },
  '*.outgoing_call_offer_pref': {
    local: 'offer our codecs, in our order, that both sides have',
    local_merge: "offer our codecs first, then the other side's",
    local_first: 'offer only our first codec that both sides have',
    remote: "offer the other side's codecs, in its order, that both sides have",
    remote_merge: "offer the other side's codecs first, then ours",
    remote_first: "offer only the other side's first codec that both sides have",
  },
  '*.security_negotiation': {
    no: 'no media security negotiation',
    mediasec: 'negotiate media security with the 3GPP mediasec headers',
  },
  'auth.auth_type': {
    digest: 'digest authentication with password or password_digest',
    userpass: 'old name of digest: a plain-text password',
    md5: 'old name of digest with an MD5 hash in md5_cred',
    google_oauth: 'OAuth for Google Voice (needs refresh_token, oauth_clientid, oauth_secret)',
  },
  'transport.protocol': {
    udp: 'SIP over UDP (default port 5060)',
    tcp: 'SIP over TCP (default port 5060)',
    tls: 'SIP over TLS (default port 5061; needs cert_file and priv_key_file)',
    ws: "SIP over WebSocket, served by Asterisk's HTTP server (http.conf), not by bind",
    wss: "SIP over secure WebSocket, served by Asterisk's HTTPS server (http.conf)",
    flow: 'a placeholder transport for connection-oriented flows; no bind needed',
  },
  'transport.method': {
    default: 'the TLS version pjproject picks',
    unspecified: 'same as default',
    tlsv1: 'TLS 1.0 only (obsolete)',
    tlsv1_1: 'TLS 1.1 only (obsolete)',
    tlsv1_2: 'TLS 1.2',
    tlsv1_3: 'TLS 1.3',
    sslv2: 'SSL 2 (insecure, usually not built)',
    sslv3: 'SSL 3 (insecure)',
    sslv23: 'negotiate the highest version both sides support',
  },
  'global.taskprocessor_overload_trigger': {
    none: 'PJSIP never pauses for overloaded task queues',
    global: 'PJSIP pauses new work when any task queue in Asterisk is overloaded',
    pjsip_only: 'PJSIP pauses new work only when one of its own task queues is overloaded',
  },
  '*.event': {
    presence: 'presence state (PIDF)',
    dialog: 'dialog state (BLF lamps)',
    'message-summary': 'voicemail waiting indication',
    'asterisk-devicestate': 'device state shared between Asterisk servers',
    'asterisk-mwi': 'mailbox state shared between Asterisk servers',
  },
};

export const algorithms: Readonly<Record<string, string>> = {
  md5: 'MD5 digest (what nearly every phone supports)',
  'sha-256': 'SHA-256 digest (RFC 8760)',
  'sha-512-256': 'SHA-512/256 digest (RFC 8760)',
};

/** The meaning of a value, in the locale (English when no translation exists). */
export function valueMeaning(type: string, option: string, value: string, locale?: Locale): string | undefined {
  const v = value.toLowerCase();
  if (/algorithms/.test(option))
    return algorithms[v] === undefined ? undefined : meaningText(locale, `*algorithms=${v}`, algorithms[v]);
  const own = meanings[`${type}.${option}`]?.[v];
  if (own !== undefined) return meaningText(locale, `${type}.${option}=${v}`, own);
  const any = meanings[`*.${option}`]?.[v];
  return any === undefined ? undefined : meaningText(locale, `*.${option}=${v}`, any);
}
