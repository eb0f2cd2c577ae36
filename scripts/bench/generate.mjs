// The generated config of the benchmark: templates, phones (endpoint + auth + aor from templates), comments, like
// the files FreePBX writes, and a wizard file beside it. `generate(lines)` gives pjsip.conf, `generateWizard(lines)`
// pjsip_wizard.conf; `middlePlaces` the places the edits go to.

/** Phones per endpoint template: a template edit rebuilds this many endpoints (at most). */
export const PHONES_PER_TEMPLATE = 2000;
const LINES_PER_PHONE = 15;

/** A realistic config of about `lines` lines. */
export function generate(lines) {
  const phones = Math.ceil(lines / LINES_PER_PHONE);
  const out = [
    '; generated for the benchmark',
    '[transport-udp]',
    'type=transport',
    'protocol=udp',
    'bind=0.0.0.0',
    '',
  ];
  for (let g = 0; g * PHONES_PER_TEMPLATE < phones; g++)
    out.push(
      `[${templateName(g)}](!)`,
      'type=endpoint',
      'context=from-internal',
      'disallow=all',
      'allow=ulaw,alaw,g722',
      'direct_media=no',
      'rtp_symmetric=yes',
      '',
    );
  out.push('[aor-tpl](!)', 'type=aor', 'max_contacts=1', 'remove_existing=yes', 'qualify_frequency=60', '');
  let i = 0;
  while (out.length < lines) {
    const n = 100000 + i;
    out.push(
      `; desk phone ${n}`,
      `[${n}](${templateName(Math.floor(i / PHONES_PER_TEMPLATE))})`,
      `auth=${n}`,
      `aors=${n}`,
      `callerid="User ${n}" <${n}>`,
      `mailboxes=${n}@default`,
      '',
      `[${n}]`,
      'type=auth',
      'auth_type=digest',
      `username=${n}`,
      `password=secret${n} ; rotate yearly`,
      '',
      `[${n}](aor-tpl)`,
      '',
    );
    i++;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** The endpoint template of group `g` of phones. */
function templateName(g) {
  return g ? `phone-tpl-${g + 1}` : 'phone-tpl';
}

/** pjsip_wizard.conf for a set of `lines` lines: one trunk per 1,000 lines (at least one), 11 lines each. */
export function generateWizard(lines) {
  const out = ['; trunks, generated for the benchmark'];
  for (let i = 0; i < Math.max(1, Math.round(lines / 1000)); i++)
    out.push(
      `[trunk-${i}]`,
      'type=wizard',
      'sends_auth=yes',
      'sends_registrations=yes',
      `remote_hosts=sip-${i}.example.com`,
      `outbound_auth/username=trunk${i}`,
      `outbound_auth/password=trunk-secret-${i}`,
      'endpoint/context=from-trunk',
      'endpoint/allow=ulaw',
      'aor/qualify_frequency=60',
      '',
    );
  return out.join('\n') + '\n';
}

/**
 * Offsets of the places the edits go to, near the middle of the text: a callerid value, an auth= value, a key, the
 * `aors` key of an endpoint (after `aor`) and the `direct_media` key of the template of the middle phone's group.
 */
export function middlePlaces(text) {
  const mid = text.indexOf('\ncallerid=', Math.floor(text.length / 2)) + 1;
  const auth = text.lastIndexOf('\nauth=', mid) + 1;
  const header = text.lastIndexOf('\n[', auth) + 1;
  const template = /\]\(([^)]+)\)/.exec(text.slice(header, auth))[1];
  const templateAt = text.indexOf(`\n[${template}](!)`) + 1;
  return {
    callerValue: mid + 'callerid="User '.length,
    authValue: auth + 'auth='.length + 2,
    authKey: auth + 1,
    callerKey: mid + 2,
    aorsKey: text.indexOf('\naors=', auth) + 1 + 'aor'.length,
    templateKey: text.indexOf('\ndirect_media=', templateAt) + 1 + 'direct_'.length,
  };
}

/** In pjsip_wizard.conf: the `endpoint/allow` key of the middle trunk, after `endpoint/al`. */
export function wizardPlace(text) {
  const at = text.indexOf('\nendpoint/allow=', Math.floor(text.length / 2));
  return (at < 0 ? text.indexOf('\nendpoint/allow=') : at) + 1 + 'endpoint/al'.length;
}

/** Line and character of an offset. */
export function positionAt(text, offset) {
  let line = 0,
    last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, character: offset - last - 1 };
}
