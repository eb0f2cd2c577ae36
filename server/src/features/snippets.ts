/**
 * Snippets, offered by completion on a line of their own (a new section): phones, trunks, transports, wizard
 * phones and trunks, an ACL, global and system. They are written for the target release (an option it lacks is
 * left out, a value it lacks replaced by the one it has: `auth_type=userpass` where there is no `digest`), and every
 * password is a new random one. The bodies use VS Code's snippet syntax (`${1:6001}` is a tab stop with a default);
 * `expandSnippet` gives the plain text for editors without snippet support.
 */
import type { Locale } from '../i18n/locale';
import { zhSnippets } from '../i18n/ui/snippets';
import { SAFE_RETRY } from '../model/registrationFailures';
import { findOption, splitWizardKey } from '../schema/schema';
import { optionAt } from '../schema/versioned';
import { hasEnumValue, hasOption, type AsteriskTarget } from '../schema/versions';
import { newPassword } from './secrets';

export interface SnippetDef {
  /** The English name (the key of the Chinese table). */
  name: string;
  /** What completion shows and matches: `phone`, `trunk`, `transport-udp`, ... */
  label: string;
  description: string;
  /** The file it belongs in. */
  file: 'pjsip' | 'wizard';
  /** Lines in snippet syntax; `{{password}}` becomes a new random password. */
  body: readonly string[];
}

const PASSWORD = '{{password}}';

/** A refusal is retried every `fatal_retry_interval` (see SAFE_RETRY), an outage every `retry_interval`. */
const RETRIES = {
  retry_interval: SAFE_RETRY.retry_interval,
  fatal_retry_interval: SAFE_RETRY.refusal_interval,
  max_retries: Math.ceil((SAFE_RETRY.outage_days * 86400) / SAFE_RETRY.retry_interval),
};
const retryLines = (prefix = ''): string[] => Object.entries(RETRIES).map(([k, v]) => `${prefix}${k}=${v}`);

export const SNIPPETS: readonly SnippetDef[] = [
  {
    name: 'Phone (endpoint + auth + aor)',
    label: 'phone',
    description: 'A SIP phone that registers and authenticates: endpoint, auth and aor sharing one name.',
    file: 'pjsip',
    body: [
      '[${1:6001}]',
      'type=endpoint',
      'context=${2:from-internal}',
      'disallow=all',
      'allow=${3:ulaw,alaw}',
      'auth=${1:6001}',
      'aors=${1:6001}',
      'callerid="${4:Phone}" <${1:6001}>',
      '',
      '[${1:6001}]',
      'type=auth',
      'auth_type=digest',
      'username=${1:6001}',
      `password=\${5:${PASSWORD}}`,
      '',
      '[${1:6001}]',
      'type=aor',
      'max_contacts=${6:1}',
      'remove_existing=yes',
      '$0',
    ],
  },
  {
    name: 'Registering trunk (registration + auth + aor + endpoint + identify)',
    label: 'trunk',
    description:
      "A provider trunk: Asterisk registers to the provider, authenticates its calls, and matches the provider's requests by address.",
    file: 'pjsip',
    body: [
      '[${1:mytrunk}]',
      'type=registration',
      'server_uri=sip:${2:sip.example.com}',
      'client_uri=sip:${3:username}@${2:sip.example.com}',
      'outbound_auth=${1:mytrunk}',
      ...retryLines(),
      '',
      '[${1:mytrunk}]',
      'type=auth',
      'auth_type=digest',
      'username=${3:username}',
      `password=\${4:${PASSWORD}}`,
      '',
      '[${1:mytrunk}]',
      'type=aor',
      'contact=sip:${2:sip.example.com}',
      'qualify_frequency=60',
      '',
      '[${1:mytrunk}]',
      'type=endpoint',
      'context=${5:from-trunk}',
      'disallow=all',
      'allow=${6:ulaw,alaw}',
      'outbound_auth=${1:mytrunk}',
      'aors=${1:mytrunk}',
      'from_user=${3:username}',
      'identify_by=ip',
      '',
      '[${1:mytrunk}]',
      'type=identify',
      'endpoint=${1:mytrunk}',
      'match=${7:192.0.2.10}',
      '$0',
    ],
  },
  {
    name: 'WebRTC endpoint',
    label: 'webrtc',
    description: "A browser phone over secure WebSocket (needs a wss transport and Asterisk's HTTPS server).",
    file: 'pjsip',
    body: [
      '[${1:webrtc1}]',
      'type=endpoint',
      'context=${2:from-internal}',
      'disallow=all',
      'allow=${3:opus,ulaw}',
      'webrtc=yes',
      'dtls_auto_generate_cert=yes',
      'auth=${1:webrtc1}',
      'aors=${1:webrtc1}',
      '',
      '[${1:webrtc1}]',
      'type=auth',
      'auth_type=digest',
      'username=${1:webrtc1}',
      `password=\${4:${PASSWORD}}`,
      '',
      '[${1:webrtc1}]',
      'type=aor',
      'max_contacts=${5:5}',
      'remove_existing=yes',
      '$0',
    ],
  },
  {
    name: 'UDP transport',
    label: 'transport-udp',
    description: 'Listen for SIP over UDP.',
    file: 'pjsip',
    body: ['[${1:transport-udp}]', 'type=transport', 'protocol=udp', 'bind=${2:0.0.0.0}', '$0'],
  },
  {
    name: 'TCP transport',
    label: 'transport-tcp',
    description: 'Listen for SIP over TCP.',
    file: 'pjsip',
    body: ['[${1:transport-tcp}]', 'type=transport', 'protocol=tcp', 'bind=${2:0.0.0.0}', '$0'],
  },
  {
    name: 'TLS transport',
    label: 'transport-tls',
    description: 'Listen for SIP over TLS (port 5061 unless bind says otherwise).',
    file: 'pjsip',
    body: [
      '[${1:transport-tls}]',
      'type=transport',
      'protocol=tls',
      'bind=${2:0.0.0.0}',
      'cert_file=${3:/etc/asterisk/keys/asterisk.crt}',
      'priv_key_file=${4:/etc/asterisk/keys/asterisk.key}',
      'method=tlsv1_2',
      '$0',
    ],
  },
  {
    name: 'WSS transport',
    label: 'transport-wss',
    description: 'SIP over secure WebSocket; the port and certificate come from http.conf.',
    file: 'pjsip',
    body: ['[${1:transport-wss}]', 'type=transport', 'protocol=wss', 'bind=${2:0.0.0.0}', '$0'],
  },
  {
    name: 'Wizard phone',
    label: 'wizard-phone',
    description: 'pjsip_wizard.conf: a phone that registers, in one section.',
    file: 'wizard',
    body: [
      '[${1:6001}]',
      'type=wizard',
      'accepts_auth=yes',
      'accepts_registrations=yes',
      'inbound_auth/username=${1:6001}',
      `inbound_auth/password=\${2:${PASSWORD}}`,
      'endpoint/context=${3:from-internal}',
      'endpoint/allow=${4:ulaw,alaw}',
      'aor/max_contacts=${5:1}',
      '$0',
    ],
  },
  {
    name: 'Wizard trunk',
    label: 'wizard-trunk',
    description: 'pjsip_wizard.conf: a registering provider trunk, in one section.',
    file: 'wizard',
    body: [
      '[${1:mytrunk}]',
      'type=wizard',
      'sends_auth=yes',
      'sends_registrations=yes',
      'remote_hosts=${2:192.0.2.10}',
      'outbound_auth/username=${3:username}',
      `outbound_auth/password=\${4:${PASSWORD}}`,
      'endpoint/context=${5:from-trunk}',
      'endpoint/identify_by=ip',
      'endpoint/allow=${6:ulaw,alaw}',
      ...retryLines('registration/'),
      'aor/qualify_frequency=60',
      '$0',
    ],
  },
  {
    name: 'ACL',
    label: 'acl',
    description: 'A named address list; endpoints use it with acl=.',
    file: 'pjsip',
    body: ['[${1:office}]', 'type=acl', 'deny=0.0.0.0/0.0.0.0', 'permit=${2:192.168.0.0/16}', '$0'],
  },
  {
    name: 'Global settings',
    label: 'global',
    description: 'Settings for the whole PJSIP stack (at most one section).',
    file: 'pjsip',
    body: [
      '[global]',
      'type=global',
      'user_agent=${1:Asterisk PBX}',
      'endpoint_identifier_order=${2:ip,username,anonymous}',
      '$0',
    ],
  },
  {
    name: 'System settings',
    label: 'system',
    description: 'Low-level stack settings (at most one section; changes need a restart).',
    file: 'pjsip',
    body: ['[system]', 'type=system', 'timer_t1=${1:500}', 'timer_b=${2:32000}', '$0'],
  },
];

/** A value the target lacks, and what to write there instead (`type.option` -> value -> replacement). */
const VALUE_FALLBACKS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'auth.auth_type': { digest: 'userpass' },
};

/** The type and option a body line sets, reading `type=` lines and wizard prefixes as it goes. */
function optionOf(key: string, sectionType: string | undefined): { type: string; option: string } | undefined {
  if (!sectionType) return undefined;
  if (sectionType === 'wizard') {
    const split = splitWizardKey(key);
    return split ? { type: split.prefix.targetType, option: split.option } : { type: 'wizard', option: key };
  }
  return { type: sectionType, option: key };
}

/** One body line for the target: unchanged, with a replaced value, or left out (undefined). */
function lineFor(line: string, sectionType: string | undefined, target: AsteriskTarget): string | undefined {
  const m = /^([\w/-]+)=(.*)$/.exec(line);
  const o = m && m[1] !== 'type' ? optionOf(m[1], sectionType) : undefined;
  if (!m || !o) return line;
  const info = findOption(o.type, o.option);
  if (!info) return line;
  if (!hasOption(target, o.type, info.name)) return undefined;
  const value = m[2];
  if (value.includes('$') || !optionAt(target, info).values?.length) return line;
  if (hasEnumValue(target, o.type, info.name, value)) return line;
  const instead = VALUE_FALLBACKS[`${o.type}.${info.name}`]?.[value];
  return instead && hasEnumValue(target, o.type, info.name, instead) ? `${m[1]}=${instead}` : undefined;
}

/** The snippet's text for the target, in snippet syntax, with new passwords. */
export function snippetText(s: SnippetDef, target: AsteriskTarget): string {
  const out: string[] = [];
  let type: string | undefined;
  for (const line of s.body) {
    if (line.startsWith('[')) type = undefined;
    const t = /^type=(\w[\w-]*)$/.exec(line);
    if (t) type = t[1];
    const kept = lineFor(line, type, target);
    if (kept !== undefined) out.push(kept.split(PASSWORD).join(newPassword()));
  }
  return out.join('\n');
}

/** Snippet syntax to plain text: each tab stop gives its default, `$0` and `$1` give nothing. */
export function expandSnippet(text: string): string {
  return text
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

/** The name and description in the reader's language. */
export function snippetWords(s: SnippetDef, locale?: Locale): { name: string; description: string } {
  const zh = locale === 'zh-cn' ? zhSnippets[s.name] : undefined;
  return zh ?? { name: s.name, description: s.description };
}

/** The snippets for a file of this kind. */
export function snippetsFor(kind: 'pjsip' | 'wizard'): SnippetDef[] {
  return SNIPPETS.filter((s) => s.file === kind);
}
