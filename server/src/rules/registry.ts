/**
 * The rule table: every diagnostic the core can produce, with its stable id, default severity and docs.
 * docs/rules.md is generated from this table (scripts/generate-docs.mjs) and a test keeps them in sync.
 */

import type { ModelProblemCode } from '../model/problems';
import type { RuleVariants } from './diagnostic';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** Cases with another consequence, and so another default severity (keyed by the model's problem variant). */
  variants?: Readonly<Record<string, { severity: Severity; when: string }>>;
  /** One line: what the rule catches. */
  summary: string;
  /** What Asterisk does with such a config (measured or read from its source). */
  asterisk: string;
  /** A minimal config that triggers the rule. */
  example: string;
  /** How to fix it, and which quick fix the editor offers. */
  fix: string;
  /** Where it is reported when the cause sits on a template line (only where that differs from the general rule). */
  where?: string;
  /** How editors may render it: struck through (deprecated) or faded (unnecessary). */
  tag?: 'deprecated' | 'unnecessary';
  /** Former ids: still honoured in settings, `--rule` and suppression comments. */
  formerly?: readonly string[];
  /** The group the rule belongs to: `--rule CATEGORY=off`, `--only CATEGORY`, a SARIF tag. */
  category?: RuleCategory;
  /** For `category: 'security'`: GitHub's security-severity score (0.1-3.9 low, 4-6.9 medium, 7-8.9 high, 9+ critical). */
  securitySeverity?: string;
}

/** Groups of rules a user can switch at once (`--rule security=off`, `pjsip.severity`, `--only security`). */
export const RULE_CATEGORIES = ['security'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

const rules = [
  // ---- syntax: what Asterisk's config reader does -------------------------------------------------------
  {
    id: 'syntax-unclosed-section',
    severity: 'error',
    summary: 'A section header without its closing `]`, or a template list `(...)` without its closing `)`.',
    asterisk:
      'Asterisk stops reading the file at that line and marks it invalid. When that file is pjsip.conf (or pjsip_wizard.conf) itself, nothing in it loads; in an included file, the rest of that file is lost.',
    example: '[6001\ntype=endpoint',
    fix: 'Close the bracket: `[6001]`.',
  },
  {
    id: 'syntax-missing-equals',
    severity: 'warning',
    summary: 'A line that is not a section, a directive or a comment, and has no `=`.',
    asterisk: 'Asterisk logs "No \'=\' (equal sign)" and skips the line.',
    example: '[6001]\ntype=endpoint\nallow ulaw',
    fix: 'Write it as `key = value`, or comment it out with `;`.',
  },
  {
    id: 'syntax-missing-name',
    severity: 'warning',
    summary: 'An assignment with nothing before the `=`.',
    asterisk: 'Asterisk logs "No variable name" and skips the line.',
    example: '[6001]\n=endpoint',
    fix: 'Add the option name in front of the `=`.',
  },
  {
    id: 'syntax-no-section',
    severity: 'error',
    summary: 'An option (or any other non-comment line) before the first section header of the config.',
    asterisk:
      'Asterisk reports "No category context" and rejects the file: nothing in it loads (for an included file, the rest of that file is lost).',
    example: 'type=endpoint\n[6001]',
    fix: 'Move the line below a `[section]` header, or comment it out.',
  },
  {
    id: 'syntax-invalid-escape',
    severity: 'error',
    summary: 'A line that starts with `\\` followed by a space or nothing.',
    asterisk: 'Asterisk reports "Invalid escape" and rejects the file.',
    example: '[6001]\n\\ =x',
    fix: 'Remove the backslash, or escape a real character.',
  },
  {
    id: 'section-trailing-text',
    severity: 'warning',
    summary: "Text after a section header's `]` (or after its `)`) that is not a comment.",
    asterisk:
      'Asterisk silently ignores it. In particular `[name] (!)` with a space is not a template: Asterisk creates a real object named `name`.',
    example: '[phone-template] (!)\ntype=endpoint',
    fix: 'Remove the space (`[phone-template](!)`) or turn the text into a comment.',
  },
  {
    id: 'block-comment-unterminated',
    severity: 'warning',
    summary: 'A `;--` block comment that is never closed with `--;`.',
    asterisk: 'Everything after `;--` up to the end of the file is a comment: none of it loads.',
    example: ';-- old trunk\n[trunk]\ntype=endpoint',
    fix: 'Close the comment with `--;` where it should end.',
  },
  {
    id: 'block-comment-stray-end',
    severity: 'error',
    summary: 'A `--;` that does not close any `;--` block comment.',
    asterisk:
      "Asterisk's comment counter goes below zero, so it treats every following line of the file as commented out until the next `;--`.",
    example: '[6001]\ntype=endpoint --;\ncontext=internal',
    fix: 'Remove the `--;`, or write a normal comment (`; ...`).',
  },
  {
    id: 'block-comment-nesting',
    severity: 'error',
    summary: 'More than 128 nested `;--` block comments.',
    asterisk: 'Asterisk logs "Maximum nest limit" and cannot make progress on that line.',
    example: '(128 nested ;-- openers)',
    fix: 'Close block comments before opening new ones.',
  },
  {
    id: 'line-ending-cr',
    severity: 'error',
    summary: 'Lines that end with a lone carriage return (old Mac line endings).',
    asterisk:
      'Asterisk only breaks lines at a line feed, so it reads these lines as one long line: the sections and options after the first one do not exist for it.',
    example: '[6001]\\rtype=endpoint\\r',
    fix: 'Convert the file to LF (or CRLF) line endings.',
  },
  {
    id: 'semicolon-in-quotes',
    severity: 'warning',
    summary:
      'A `;` inside a quoted value (`callerid="Lobby; front desk" <1012>`): quotes do not protect it, so it starts a comment.',
    asterisk:
      'Measured on Asterisk 20.7.0 and master: the value ends at the `;` (`pjsip show endpoint` shows `callerid : "Lobby`), the rest of the line is a comment, and nothing is logged. The object loads with the cut value; a caller ID loses its number.',
    example: '[1012]\ntype=endpoint\ncallerid="Lobby; front desk" <1012>',
    fix: 'Write `\\;` for a semicolon that belongs to the value (`"Lobby\\; front desk" <1012>`); the quick fix does that. Or drop the semicolon.',
  },
  {
    id: 'line-too-long',
    severity: 'error',
    summary: 'A line longer than 8190 characters.',
    asterisk: 'Asterisk logs "Line too long, skipping" and drops the line.',
    example: 'a line of 9000 characters',
    fix: 'Split the value over several lines (most list options can be repeated).',
  },
  // ---- directives and files ------------------------------------------------------------------------------
  {
    id: 'include-not-found',
    severity: 'error',
    summary:
      '`#include` of a file that does not exist, or a glob that matches nothing; also of a folder, device, pipe, symlink loop, unreadable or oversized file (the message says which).',
    asterisk:
      'Asterisk logs "was listed as a #include but it does not exist" and rejects the including file: when that is pjsip.conf, nothing in it loads. `#tryinclude` is fine.',
    example: '#include pjsip-trunks.conf',
    fix: 'Create the file, correct the path (relative paths start at the Asterisk config folder, not at the including file), or use `#tryinclude`.',
  },
  {
    id: 'include-cycle',
    severity: 'error',
    summary: 'A file that includes itself, directly or through other files.',
    asterisk:
      'Asterisk has no cycle check: it reads the file again and again until its include depth limit (10), so every section in it is defined several times and each type involved fails to load as a duplicate.',
    example: '; in pjsip.conf\n#include pjsip.conf',
    fix: 'Remove the include that closes the loop.',
  },
  {
    id: 'include-duplicate',
    severity: 'error',
    summary: 'A file that is included a second time.',
    asterisk:
      'Asterisk warns "Same File included more than once" and reads it again, so each object in it is defined twice and its type refuses to load.',
    example: '#include pjsip.d/a.conf\n#include pjsip.d/*.conf',
    fix: 'Include the file once.',
  },
  {
    id: 'unknown-directive',
    severity: 'warning',
    summary: 'A line starting with `#` that is not `#include`, `#tryinclude` or `#exec` (often meant as a comment).',
    asterisk: 'Asterisk logs "Unknown directive" and skips the line.',
    example: '#local_net=192.168.0.0/16',
    fix: 'Use `;` for comments.',
  },
  {
    id: 'directive-missing-argument',
    severity: 'warning',
    summary: '`#include`, `#tryinclude` or `#exec` without a file name or command.',
    asterisk: 'Asterisk logs "needs an argument" and skips the line.',
    example: '#include',
    fix: 'Give the file to include.',
  },
  {
    id: 'file-not-included',
    severity: 'information',
    summary:
      'A pjsip*.conf file in the config folder (or a file open in the editor) that neither pjsip.conf nor pjsip_wizard.conf includes.',
    asterisk:
      'Asterisk never reads it. It is checked on its own, and its sections still resolve references, so that a file meant to be included is not drowned in errors.',
    example: '; pjsip_custom.conf, with no #include pjsip_custom.conf anywhere',
    fix: 'Add `#include <file>` to pjsip.conf if it should load, or delete the file.',
  },
  {
    id: 'exec-not-checked',
    severity: 'information',
    summary: '`#exec` output cannot be checked.',
    asterisk:
      'Asterisk only runs `#exec` when `execincludes=yes` is set in asterisk.conf. This tool never runs it, so whatever it would produce is not analysed.',
    example: '#exec /usr/bin/generate-pjsip',
    fix: 'Nothing to fix; know that the generated part is not checked.',
  },
  // ---- sections and types -------------------------------------------------------------------------------
  {
    id: 'unresolved-template',
    severity: 'error',
    summary: '`[x](tpl)` naming a section that is not defined earlier, or `[x](+)` with no earlier non-template `[x]`.',
    asterisk:
      'Asterisk logs "Inheritance requested, but category ... does not exist" (or "Category addition requested ...") and rejects the file. Names inside `(...)` are not trimmed, so `(a, b)` looks for " b".',
    example: '[6001](phone-tpl)\ntype=endpoint',
    fix: 'Define the template above the section that uses it, fix its name, or remove spaces after commas.',
  },
  {
    id: 'missing-type',
    severity: 'error',
    variants: { empty: { severity: 'warning', when: 'the section has no line at all' } },
    summary:
      'A section (not a template) without `type=`. `[global]` and `[system]` may omit it only while every option in them belongs to that type.',
    asterisk:
      'Asterisk silently ignores the section: no object is created. A `[global]` without `type=` that holds one option of another type is ignored as a whole, without a word.',
    example: '[6001]\ncontext=internal',
    fix: 'Add `type=endpoint` (or the intended type); the quick fix offers the likely types.',
  },
  {
    id: 'unknown-type',
    severity: 'error',
    summary:
      '`type=` with a value that is not a PJSIP object type (type values are case-sensitive), a type that cannot be defined in this file, or a section in pjsip_wizard.conf that is not `type=wizard`.',
    asterisk: 'Asterisk silently ignores the section.',
    example: '[6001]\ntype=endpiont',
    fix: 'Use one of the type names; the quick fix offers the closest.',
  },
  {
    id: 'duplicate-section',
    severity: 'error',
    summary:
      'A section of the same name and type as an earlier one Asterisk created from the same file (pjsip.conf with its includes; names are case-sensitive). Reported on the later copy, with the first as related information.',
    asterisk:
      'Before it applies a section, Asterisk looks for an object of that type and name it already created from the file. If there is one, it logs "configuration contains a duplicate object" and refuses every object of that type from the file (every ACL, every endpoint, ...), not just the duplicate; the copy itself is never applied, so its own errors are not logged. A copy whose earlier namesake failed to load is no duplicate: it is applied like any other section. Objects of pjsip_wizard.conf are not compared with those of pjsip.conf. Every other check then treats the refused objects as absent. Measured on Asterisk 20.7.0 and master.',
    example: '[6001]\ntype=aor\n[6001]\ntype=aor',
    fix: 'Rename one of them, or merge them (use `[6001](+)` to add options to an earlier section).',
  },
  {
    id: 'duplicate-singleton',
    severity: 'error',
    variants: {
      ignored: {
        severity: 'warning',
        when: 'two sections of the type: the last one is in effect and the settings of the other are ignored',
      },
    },
    summary:
      'More than one `type=global` or `type=system` section in pjsip.conf: three or more (error), or two (warning, on the one whose settings are ignored).',
    asterisk:
      'With three or more sections of the type Asterisk logs "configuration contains more than one object of type" and loads none of them: its defaults are in effect. With two that both load, the last one in load order is in effect and the other\'s settings are ignored; for `global` Asterisk logs "At most one pjsip.conf type=global object can be defined", for `system` it says nothing (and `pjsip show settings` may show the other one). Measured on Asterisk 20.7.0 and master. The section hover says which one is in effect.',
    example: '[global]\ntype=global\n[global2]\ntype=global',
    fix: 'Keep one section of that type and merge the options into it.',
  },
  // ---- options and values --------------------------------------------------------------------------------
  {
    id: 'unknown-option',
    severity: 'error',
    variants: {
      'not-an-object': {
        severity: 'warning',
        when: 'the line is in a template without a type, or is a wizard-level key of pjsip_wizard.conf',
      },
    },
    summary:
      "An option the object's type does not have: a misspelling, or an option of another type (`max_contacts` on an endpoint). In pjsip_wizard.conf: an unknown `endpoint/...` (etc.) option is an error, an unknown wizard-level key a warning.",
    asterisk:
      'Asterisk logs "Could not find option suitable for category" and drops the whole object ("No matching endpoint found" later). The wizard fails to create that object. An unknown wizard-level key is silently ignored, so the setting you meant does nothing.',
    example: '[6001]\ntype=endpoint\nmax_contacts=1',
    fix: 'Fix the name or move the option to the right section; the quick fix offers the closest names.',
  },
  {
    id: 'invalid-value',
    severity: 'error',
    variants: {
      'not-an-object': { severity: 'warning', when: 'the line is in a template, or is a wizard-level key' },
      harmless: { severity: 'warning', when: 'Asterisk accepts the value anyway (an unknown boolean word means "no")' },
    },
    summary:
      'A value the option does not accept: unknown enum word or codec, not a number, a stray comma in a list, a bad IP address, a case-sensitive enum in the wrong case. For booleans, an unknown word is a warning.',
    asterisk:
      'Asterisk logs "Error parsing" and drops the object. Boolean options are different: an unknown word silently means "no".',
    example: '[6001]\ntype=endpoint\ndtmf_mode=rfc2833x',
    fix: 'Use one of the accepted values; the quick fix offers the closest.',
  },
  {
    id: 'duplicate-option',
    severity: 'warning',
    tag: 'unnecessary',
    summary: 'An option where the last line wins, set twice in the same section.',
    asterisk: 'Asterisk keeps only the last value (for `type`, only the first). The earlier line has no effect.',
    example: '[6001]\ntype=endpoint\ncontext=a\ncontext=b',
    fix: 'Remove the line that has no effect (quick fix).',
  },
  {
    id: 'deprecated-option',
    severity: 'warning',
    tag: 'deprecated',
    summary: 'An option Asterisk has deprecated (`md5_cred`, `preferred_codec_only`, `threadpool_*`, ...).',
    asterisk: 'It still works for now, but may log a deprecation warning and will be removed.',
    example: '[6001]\ntype=auth\nmd5_cred=...',
    fix: 'Use the replacement named in the message.',
  },
  {
    id: 'deprecated-value',
    severity: 'hint',
    tag: 'deprecated',
    summary: 'A value Asterisk documents as deprecated (`auth_type=userpass`, `auth_type=md5`).',
    asterisk: 'Accepted and treated like the current value.',
    example: '[6001]\ntype=auth\nauth_type=userpass',
    fix: 'Write the current value (`auth_type=digest`).',
  },
  {
    id: 'missing-required-option',
    severity: 'error',
    summary:
      'An object without an option it cannot do without: identify without `match`/`match_header`/`match_request_uri` (or without `endpoint`), registration without `server_uri`/`client_uri`, auth without `username` or without a password, transport without `bind`, and the like. The auth checks follow the target release: before `password_digest` (20.12.0, 21.7.0, 22.2.0, 23) an auth needs an `md5_cred` only with `auth_type=md5`, and a `userpass` auth without a password loads.',
    asterisk:
      'Asterisk logs why ("No authentication username", "is not configured to match anything", "\'md5\' authentication specified but no md5_cred specified", ...) and drops the object.',
    example: '[trunk]\ntype=identify\nendpoint=trunk',
    fix: 'Add the option (quick fix inserts it with a placeholder).',
  },
  {
    id: 'invalid-combination',
    severity: 'error',
    summary:
      'Options that Asterisk refuses together, or a value that breaks a relation with another option (`timers_min_se` below 90, `timers_sess_expires` below `timers_min_se`, `line=yes` without `endpoint`, ...).',
    asterisk: 'Asterisk logs the conflict and drops the object.',
    example: '[6001]\ntype=endpoint\ntimers_min_se=60',
    fix: 'Follow the message: change or remove one of the options.',
    where:
      'On the value when the object writes it itself; when the value comes from a template, on the name of each object that fails (sections sharing the template may set the other option differently), with the template line as related information.',
  },
  // ---- references -----------------------------------------------------------------------------------------
  {
    id: 'unresolved-reference',
    severity: 'error',
    summary:
      '`auth=`, `outbound_auth=`, `aors=`, `transport=`, identify/registration `endpoint=` (and other references) naming no object of the right type in the config set.',
    asterisk:
      'The object loads, and then fails at call time: "Couldn\'t find auth", no aor to dial, "No matching endpoint found".',
    variants: {
      refused: {
        severity: 'warning',
        when: 'the name matches objects Asterisk refuses with their whole type, for a duplicate copy of that type in the file (the copy is the related information)',
      },
    },
    example: '[6001]\ntype=endpoint\nauth=6001\naors=6001',
    fix: 'Fix the name (quick fix offers the closest names) or create the missing section (quick fix adds a stub). For the `refused` variant, remove or rename the duplicate copy: then the name means its object again.',
    where:
      'On the name in the value when the object writes it itself; when it comes from a template that some objects override, on the name of each object that keeps it, with the template line as related information (no quick fix there: fix the template line or the object). When every object built from the template keeps the line, on the template line.',
  },
  // ---- semantic checks across objects --------------------------------------------------------------------
  {
    id: 'transport-bind-conflict',
    severity: 'error',
    summary:
      'Two udp (or tcp/tls) transports on the same port with overlapping addresses (0.0.0.0 overlaps every IPv4 address; no port means 5060, or 5061 for tls). ws/wss never conflict: the HTTP server carries them.',
    asterisk: 'The second transport fails to start: "could not be started: Address already in use".',
    example: '[t1]\ntype=transport\nbind=0.0.0.0\n[t2]\ntype=transport\nbind=127.0.0.1:5060',
    fix: 'Give each transport its own port, or remove the extra one.',
  },
  {
    id: 'registration-without-transport',
    severity: 'error',
    summary:
      'A registration whose server URI needs a kind of transport (udp, tcp, tls for `sips:`, IPv6) that no transport in the config set provides.',
    asterisk:
      "Asterisk cannot build the registration's Contact and drops it at load with only \"Could not create an object of type 'registration'\".",
    example: '[trunk]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com',
    fix: 'Add a transport of the needed protocol (or fix the URI).',
  },
  {
    id: 'wizard-missing-required',
    severity: 'error',
    summary:
      'A wizard that needs an option it lacks: `accepts_auth` without `inbound_auth/username`, `sends_auth` without `outbound_auth/username`, `sends_registrations` or no `accepts_registrations` without `remote_hosts`, `has_phoneprov` without `phoneprov/MAC`.',
    asterisk: 'Asterisk logs "Wizard ... must have ..." and does not create that part of the wizard\'s objects.',
    example: '[6001]\ntype=wizard\naccepts_auth=yes',
    fix: 'Add the missing option (quick fix), or turn the flag off.',
    where:
      'On the flag when the wizard sets it itself; when it inherits the flag from a template, on the name of the wizard that lacks the option (other wizards sharing the template may have it), with the template line as related information. The quick fix adds the option to that wizard.',
  },
  {
    id: 'endpoint-without-aors',
    severity: 'warning',
    variants: {
      'no-calls-expected': {
        severity: 'information',
        when: 'extensions.conf does not dial it by name (an endpoint that only authenticates incoming calls needs no AoR)',
      },
    },
    summary:
      'An endpoint with no `aors`. A warning when extensions.conf dials it by name (`Dial(PJSIP/6001)`, `PJSIP/100@trunk`; not `PJSIP/${EXTEN}`, which is only known at call time, and not `PJSIP/6001/sip:...`, which says where to send the call); information otherwise (the message says when it authenticates like a phone that registers).',
    asterisk:
      'It loads, but it has no address: it cannot be called (a dial to it fails), and phones cannot register to it.',
    example: '[6001]\ntype=endpoint\ncontext=internal\nallow=ulaw',
    fix: 'Add `aors=` with the name of an aor section.',
  },
  {
    id: 'endpoint-without-codecs',
    severity: 'warning',
    variants: {
      'no-calls-expected': {
        severity: 'information',
        when: "the endpoint carries no calls as far as extensions.conf tells: no dial names it, and its `context` (`default` unless set) has no extensions (a parking lot's context counts as one that has). Without an extensions.conf: it has no AoR and is not a phone that registers",
      },
    },
    summary:
      'An endpoint whose effective `allow`/`disallow` lines (templates included) leave no codec at all. A warning when it carries calls: extensions.conf dials it, or the calls it sends land in a context with extensions.',
    asterisk:
      'PJSIP has no default codecs: the endpoint loads, but every call fails for lack of a common codec. (Unlike chan_sip, `allow` without `disallow=all` first is fine.)',
    example: '[6001]\ntype=endpoint\naors=6001',
    fix: 'Add `allow=ulaw` (or the codecs your phones use).',
  },
  {
    id: 'aor-rejects-registrations',
    severity: 'warning',
    summary: 'An aor used by an endpoint that authenticates, with `max_contacts` left at 0 and no static `contact`.',
    asterisk: 'max_contacts defaults to 0, which makes Asterisk refuse every REGISTER to that aor.',
    example: '[6001]\ntype=endpoint\nauth=6001\naors=6001\n[6001]\ntype=aor',
    fix: 'Add `max_contacts=1` (quick fix).',
  },
  {
    id: 'registration-stops-retrying',
    severity: 'information',
    formerly: ['registration-stops-on-auth-failure'],
    summary:
      'An outbound registration that stops for good within a day when the registrar keeps saying no (a refused password, a 403, a 404, a registrar that is down): the rule names each kind of answer and how long the registration survives it, computed from its effective retry options.',
    asterisk:
      'A 401/407 to the REGISTER with credentials stops it at once while `auth_rejection_permanent=yes` (the default); a 403, a 404 and other fatal codes stop it at once unless `forbidden_retry_interval`/`fatal_retry_interval` are set; 408, 5xx, 6xx and no answer are retried every `retry_interval`. Every retry counts against one `max_retries` (10 by default), after which Asterisk logs "Maximum retries reached … stopping registration attempt" or "Fatal response \'N\' … stopping outbound registration" and sends nothing until `pjsip send register NAME`, a reload of res_pjsip.so or a restart. With the defaults a registrar that stops answering is dropped after about 16 minutes. A `Retry-After` header is obeyed and never counted.',
    example: '[trunk]\ntype=registration\nserver_uri=sip:sip.example.com\nclient_uri=sip:me@sip.example.com',
    fix: 'The quick fix that keeps retrying sets a safe pace, measured on a real Asterisk: an outage (408, 5xx, 6xx, no answer) is retried every `retry_interval` (60 s unless you set one), a refusal (a 401/407 to the REGISTER with credentials, a 403, a 404) only every 30 minutes through `fatal_retry_interval=1800` (a shorter `forbidden_retry_interval` is raised to it, and `auth_rejection_permanent=no` goes back to `yes`, which is what sends a refused password to `fatal_retry_interval` instead of `retry_interval`), and `max_retries` is raised to cover two days of outage. The trade-off, in its title: a wrong password or a suspended account is tried again only twice an hour, so a repaired account comes back within 30 minutes (at once with `pjsip send register NAME`), but a provider that bans an address after repeated failed logins does not ban yours. Asterisk has no back-off of its own. Each option goes where you wrote it (the registration, its template, or `registration/...` in a wizard). The former id `registration-stops-on-auth-failure` still works in settings and suppression comments.',
  },
  {
    id: 'address-with-port',
    severity: 'warning',
    summary: 'A port in `external_signaling_address` or `external_media_address` of a transport.',
    asterisk:
      'Asterisk logs "Port disallowed in ..." and "Unable to lookup ...", ignores the address and still loads the transport, so SIP headers (or SDP) carry the private address and calls through NAT fail in one direction or drop.',
    example: '[t]\ntype=transport\nbind=0.0.0.0\nexternal_signaling_address=203.0.113.5:5061',
    fix: 'Write the address alone; the signaling port belongs in `external_signaling_port`. The quick fix moves it there.',
    where:
      'On the value when the transport writes it itself; when it comes from a template that some transports override, on the name of each transport that keeps it, with the template line as related information (the quick fix is then not offered). When every transport built from the template keeps the line, on the template line.',
  },
  {
    id: 'timer-b-raised',
    severity: 'warning',
    summary: '`timer_b` (the INVITE timeout, default 32000 ms) below 64 × `timer_t1` (default 500 ms).',
    asterisk:
      'Asterisk logs "Timer B setting is too low" and uses 64 × timer_t1 instead, so the value written is not the one in effect.',
    example: '[system]\ntype=system\ntimer_t1=1000',
    fix: 'Raise `timer_b` to at least 64 × `timer_t1`; the quick fix writes the value Asterisk will use.',
  },
  {
    id: 'duplicate-list-item',
    severity: 'warning',
    tag: 'unnecessary',
    summary: 'A `list_item` of a `resource_list` named a second time.',
    asterisk: 'Asterisk logs "Ignoring duplicated list item" and keeps the first; the list loads.',
    example: '[buddies]\ntype=resource_list\nevent=presence\nlist_item=alice,bob\nlist_item=alice',
    fix: 'Remove the repeated name.',
  },
  {
    id: 'unknown-acl',
    severity: 'warning',
    summary:
      'An `acl` or `contact_acl` that names an ACL acl.conf does not define (or there is no acl.conf). Not checked when extconfig.conf maps the `acls` family to a database (realtime named ACLs).',
    asterisk:
      'Asterisk logs "ACL \'x\' does not exist", loads the object anyway and treats the ACL as one that fails whenever it is applied: every request it guards is rejected.',
    example: '[6001]\ntype=endpoint\nacl=office',
    fix: 'Define `[office]` in acl.conf, or fix the name; completion offers the ACLs acl.conf defines.',
  },
  {
    id: 'unknown-context',
    severity: 'warning',
    summary:
      "A `context`, `subscribe_context` or `message_context` (also `endpoint/context` and the like in pjsip_wizard.conf) naming a context that extensions.conf does not define. Checked only when the config folder has an extensions.conf; its `#include`s are followed, extensions.ael and extensions.lua are not read. The contexts res_parking makes count as defined: `parkedcalls` (the default lot's) and the `context` of every parking lot of res_parking.conf.",
    asterisk:
      "Asterisk does not look at the dialplan when it loads the endpoint: it loads it, and then rejects every call from it because the extension is not found in that context (\"Call from '6001' ... rejected because extension not found in context 'internl'\"). Sections `[general]` and `[globals]` of extensions.conf are settings, not contexts; templates `[x](!)` are not contexts either.",
    example:
      '; pjsip.conf\n[6001]\ntype=endpoint\ncontext=internl\n; extensions.conf\n[internal]\nexten => 100,1,Answer()',
    fix: 'Fix the name (completion offers the contexts extensions.conf defines, go to definition opens one), or add the context to the dialplan. A context that only extensions.ael, extensions.lua or realtime defines is not seen: silence the rule with `; pjsip-disable-next-line unknown-context` or in the settings.',
    where:
      'On the value when the endpoint writes it itself; when it comes from a template that some endpoints override, on the name of each endpoint that keeps it, with the template line as related information (the did-you-mean quick fix then changes the name on the template line). When every endpoint built from the template keeps the line, on the template line.',
  },
  {
    id: 'unused-section',
    severity: 'hint',
    tag: 'unnecessary',
    summary:
      "An auth or aor that nothing names: no endpoint's `auth`, `outbound_auth` or `aors`, no registration's `outbound_auth`, no dial string in extensions.conf.",
    asterisk:
      'Asterisk loads it and never uses it: it only finds auths and aors by name. It usually means the name on the other side is misspelled (the message points at a close unresolved name when there is one). Transports are not reported: Asterisk picks a transport by protocol and address when nothing names one, and every transport listens on its port whether named or not. Objects a wizard generates are never reported.',
    example: '[6001]\ntype=endpoint\nauth=6010\n[6001]\ntype=auth\nusername=6001\npassword=secret',
    fix: 'Name it where it is meant to be used (often: fix the misspelled name there), or delete the section.',
  },
  {
    id: 'wizard-ignored-option',
    severity: 'warning',
    summary:
      "A wizard-generated object's option that the wizard overwrites (`endpoint/aors`, `identify/endpoint`, `registration/server_uri`, ...).",
    asterisk: 'The wizard appends its own value after yours, so yours has no effect.',
    example: '[trunk]\ntype=wizard\nendpoint/aors=other',
    fix: 'Remove the line, or set the wizard-level option that controls it (`server_uri_pattern`, ...).',
  },
  {
    id: 'key-file-missing',
    severity: 'error',
    variants: {
      'not-an-object': { severity: 'warning', when: 'the line is in a template; the objects built from it fail' },
    },
    summary:
      "A TLS or DTLS file that is not there or cannot be read: a transport's `cert_file`, `priv_key_file`, `ca_list_file`, `ca_list_path`, an endpoint's `dtls_cert_file`, `dtls_private_key`, `dtls_ca_file`, `dtls_ca_path`. Checked only where the paths are this machine's: the config folder is the live /etc/asterisk, or `--map`/`pjsip.pathMap` maps the path to a folder that exists. A copy of a config elsewhere, and a relative path (Asterisk resolves it against its working folder), are not checked.",
    asterisk:
      'The option\'s handler checks the file when the object is created: a transport (of any protocol) logs "... is either missing or not readable" and is not loaded; an endpoint logs "... does not exist or is not readable" and "Error parsing dtls_cert_file" and is not loaded. Whether the file holds a valid certificate is not checked then. Measured on Asterisk 20.7.0 and master.',
    example: '[tls]\ntype=transport\nprotocol=tls\nbind=0.0.0.0:5061\ncert_file=/etc/asterisk/keys/asterisk.pem',
    fix: "Create the file (or fix the path, or the file's permissions for the user Asterisk runs as). When the checker runs on another machine than Asterisk, map the paths with `--map /etc/asterisk=DIR` or `pjsip.pathMap`, or turn the rule off.",
  },
  // ---- security: who can get in, and what they can dial (model/inbound/, measured on a real Asterisk) ------
  {
    id: 'unauthenticated-dial-out',
    severity: 'error',
    category: 'security',
    securitySeverity: '9.1',
    summary:
      'An endpoint anyone can reach without a password (the `anonymous` endpoint, or one found by the From user name, a header, the Request-URI or an identify for every address, with no `auth=` and no access list narrowing who gets in) whose context can reach a `Dial()` through a trunk or of the dialled number (`${EXTEN}`).',
    asterisk:
      "Asterisk takes such a request without any challenge, puts it in the endpoint's context and runs whatever the dialled number matches there: an attacker who finds the endpoint calls premium or international numbers on your trunk. Measured: an INVITE from an unknown address to `500&PJSIP/itsp/sip%3A14165551212%40...` was answered by `[anonymous]` and Asterisk called out through the trunk `itsp`. An identify does not keep others out: an endpoint with an identify, no `auth=` and the default `identify_by=username,ip` takes a request from any address whose From user is its name. Asterisk's own README-SERIOUSLY.bestpractices.md makes the same points: every endpoint that is not bound to a trusted address must authenticate, and a context reachable from outside must not be able to dial out.",
    example:
      '; pjsip.conf\n[anonymous]\ntype=endpoint\ncontext=from-internal\n; extensions.conf\n[from-internal]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@itsp)',
    fix: 'Give the endpoint an `auth=` (the quick fix adds one: it creates the auth section with a password drawn from a secure random source; the phone must be given it), or, for a trunk that should only be found by its address, set `identify_by=ip` (quick fix). Remove `[anonymous]` unless you mean to take calls from anyone, and then give it a context that can only reach your own extensions.',
  },
  {
    id: 'unauthenticated-endpoint',
    severity: 'warning',
    category: 'security',
    securitySeverity: '7.5',
    summary:
      "An endpoint anyone can reach without a password: the `anonymous` endpoint, or one found by the From user name (the default `identify_by=username,ip`), the credentials' user name, a header, the Request-URI or an identify for every address, with no `auth=` and no access list narrowing who gets in. The message says how a request gets there and the context it lands in.",
    asterisk:
      "Asterisk takes the request without a challenge and runs the dialplan of the endpoint's context (measured on master and 20.7.0). Only identification by source address narrows who gets in; an identify does not switch the user-name way in off. README-SERIOUSLY.bestpractices.md asks for authentication on every endpoint that is not bound to trusted addresses.",
    example:
      '[itsp]\ntype=endpoint\ncontext=from-itsp\n[itsp-identify]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.10',
    fix: 'Add `auth=` (quick fix with a new random password), or set `identify_by=ip` on a trunk that its identify should be the only way to (quick fix), or narrow it with `deny=0.0.0.0/0.0.0.0` and `permit=` its addresses.',
  },
  {
    id: 'dial-unfiltered-exten',
    severity: 'warning',
    category: 'security',
    securitySeverity: '8.1',
    summary:
      "A `Dial()` that puts the dialled number (`${EXTEN}`) into its dial string without `FILTER()`, under a pattern with `.` or `!`, in a context an endpoint's calls reach (through `include =>` or a literal `Goto`/`Gosub`). Reported on the endpoint's `context=`.",
    asterisk:
      "The caller chooses `${EXTEN}`: under `_X.` a number such as `500&PJSIP/itsp/sip:14165551212@...` adds a device of the caller's choosing to the Dial(), and Asterisk calls it (measured on master: the trunk received the INVITE). README-SERIOUSLY.bestpractices.md describes this dial-string injection and recommends `FILTER()`.",
    example:
      '; pjsip.conf\n[6001]\ntype=endpoint\ncontext=from-internal\n; extensions.conf\n[from-internal]\nexten => _X.,1,Dial(PJSIP/${EXTEN})',
    fix: 'Pass the number through `FILTER()`: `Dial(PJSIP/${FILTER(0-9*#+,${EXTEN})})` (quick fix, applied to extensions.conf), or match narrower patterns (`_NXXNXXXXXX`).',
  },
  {
    id: 'weak-password',
    severity: 'warning',
    category: 'security',
    securitySeverity: '7.0',
    summary:
      "The password of an auth that an endpoint uses to challenge callers is weak: shorter than 12 characters, digits only, equal to its user name, the auth's or the endpoint's name, or a well-known placeholder or common password. The message never shows the password.",
    asterisk:
      'Asterisk accepts any password. Scanners try common and name-derived passwords against every endpoint name they guess (often the extension number); a weak one is found within hours. README-SERIOUSLY.bestpractices.md asks for long random secrets and device names that are not the extension number.',
    example: '[6001]\ntype=auth\nusername=6001\npassword=6001',
    fix: 'Use a long random password (the quick fix replaces it with one drawn from a secure random source; the phone must be given the new one). Outbound auths (`outbound_auth`) are not checked: their password comes from the provider.',
  },
  {
    id: 'shared-password',
    severity: 'warning',
    category: 'security',
    securitySeverity: '5.5',
    summary:
      'Several auths that endpoints challenge with have the same password. The message names the other auths, never the password.',
    asterisk:
      "Asterisk does not mind, but whoever learns one device's password (from a phone's web page, a provisioning file) can register as every endpoint that shares it.",
    example:
      '[6001]\ntype=auth\nusername=6001\npassword=Kx8-fr2m-Qp9z\n[6002]\ntype=auth\nusername=6002\npassword=Kx8-fr2m-Qp9z',
    fix: 'Give each auth its own random password (the quick fix on each line replaces it with a new random one).',
  },
  {
    id: 'acl-permits-everyone',
    severity: 'warning',
    category: 'security',
    securitySeverity: '7.2',
    summary:
      'An identify whose `match` covers every address (`0.0.0.0/0`, `::/0`), or an endpoint access list that permits `0.0.0.0/0` and refuses nothing, on an endpoint without `auth=`.',
    asterisk:
      'An identify for every address makes Asterisk give that endpoint every request the identifiers before it did not take, without a challenge. An access list is let through by default: `permit=0.0.0.0/0` with no `deny=` before it narrows nothing, so the endpoint is as open as without it.',
    example: '[itsp]\ntype=endpoint\n[itsp-identify]\ntype=identify\nendpoint=itsp\nmatch=203.0.113.10,0.0.0.0/0',
    fix: "Match the provider's addresses only (quick fix when the identify has others: remove `0.0.0.0/0`), and give the endpoint an `auth=` or a `deny=0.0.0.0/0.0.0.0` before its `permit=` lines.",
  },
  {
    id: 'identify-overlap',
    severity: 'warning',
    category: 'security',
    securitySeverity: '4.0',
    summary:
      'Two identifies for different endpoints match the same address: the message says which one Asterisk tries first (for the target release) and so which endpoint gets those requests.',
    asterisk:
      'Asterisk takes the first identify that matches, whatever else matches after it, and the most specific network does not win. Which one is first was measured: master tries identifies by name (byte order); 20.7.0 tries them in the order of its hash table of names (neither file order nor name order). Releases without `match_request_uri` (before 18.23.0, 20.8.0 and 21.3.0) are taken to behave like 20.7.0, the later ones like master.',
    example:
      '[z-trunk]\ntype=identify\nendpoint=trunk-b\nmatch=203.0.113.0/24\n[a-trunk]\ntype=identify\nendpoint=trunk-a\nmatch=203.0.113.10',
    fix: 'Make the networks disjoint, or point both identifies at one endpoint.',
  },
  {
    id: 'identify-never-applies',
    severity: 'warning',
    category: 'security',
    securitySeverity: '4.0',
    summary:
      'An identify that the identifier order never lets match: a `match_header` or `match_request_uri` identify, or an address identify, while an `anonymous` endpoint exists and runs before that identifier.',
    asterisk:
      "Asterisk asks the identifiers named in `endpoint_identifier_order` first, in that order, then every other one (ip, header, request_uri, username, auth_username, anonymous). `header` is not in the default order (`ip,username,anonymous`), so with an `[anonymous]` endpoint a request carrying the header is taken by `anonymous` first (measured). Leaving `ip` out of the order, or `ip` out of an endpoint's `identify_by`, does not switch identify sections off (measured on master and 20.7.0): identify_by only governs the user-name identifiers.",
    example:
      '[anonymous]\ntype=endpoint\n[trunk]\ntype=endpoint\n[trunk-identify]\ntype=identify\nendpoint=trunk\nmatch_header=X-Trunk: acme',
    fix: 'Name the identifier before `anonymous` in `endpoint_identifier_order` (`[global]` `endpoint_identifier_order=ip,header,username,anonymous`), or remove the anonymous endpoint.',
  },
  {
    id: 'identify-hostname',
    severity: 'information',
    category: 'security',
    securitySeverity: '2.0',
    summary: 'An identify `match` that is a host name rather than an address.',
    asterisk:
      'Asterisk resolves the name when it loads the config (SRV records first, unless `srv_lookups=no`, then A/AAAA) and matches the addresses it got until the next reload: a provider that moves keeps being matched at the old address. When the lookup fails the way it does without DNS, Asterisk logs "failed when adding resolution results" and drops the whole identify, so the addresses written beside the name stop matching too (measured). We never resolve names, so the who-answers path treats the name\'s addresses as unknown.',
    example: '[itsp-identify]\ntype=identify\nendpoint=itsp\nmatch=sip.example.com',
    fix: "Write the provider's addresses or networks; if you keep the name, reload res_pjsip after the provider's addresses change.",
  },
] as const satisfies readonly RuleInfo[];

/** Every rule id; a misspelled id does not compile. */
export type RuleId = (typeof rules)[number]['id'];

const byId = new Map<string, RuleInfo>(rules.map((r) => [r.id, r] as const));

export function allRules(): readonly RuleInfo[] {
  return rules;
}

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

/** Former id -> current id. */
const renamed = new Map<string, RuleId>(
  rules.flatMap((r) => ((r as RuleInfo).formerly ?? []).map((f) => [f, r.id] as const)),
);

/** The current id for an id or a former id (settings and comments may still use the old one). */
export function currentRuleId(id: string): string {
  return renamed.get(id) ?? id;
}

/** Every id a user may write: the current ones, the former ones and the categories. */
export function allRuleIds(): string[] {
  return [...rules.map((r) => r.id), ...renamed.keys(), ...RULE_CATEGORIES];
}

export function isRuleCategory(id: string): id is RuleCategory {
  return (RULE_CATEGORIES as readonly string[]).includes(id);
}

/** The rule's category, if it has one. */
export function categoryOf(id: string): RuleCategory | undefined {
  return getRule(id)?.category;
}

export function getRule(id: string): RuleInfo | undefined {
  return byId.get(currentRuleId(id));
}

/** The default severity of a rule, or of one of its documented variants. */
export function severityOf(id: RuleId, variant?: string): Severity {
  const rule = byId.get(id)!;
  return (variant && rule.variants?.[variant]?.severity) || rule.severity;
}

// Every problem the model reports has a rule, and every variant it uses is documented in the table.
type Rule = (typeof rules)[number];
type TableVariants<K extends RuleId> = keyof NonNullable<
  Extract<Rule, { id: K }> extends { variants: infer V } ? V : never
>;
type MissingRule = Exclude<ModelProblemCode, RuleId>;
type MissingVariant = { [K in keyof RuleVariants]: Exclude<RuleVariants[K], TableVariants<K>> }[keyof RuleVariants];
export const everyProblemHasARule: [MissingRule, MissingVariant] extends [never, never] ? true : never = true;
