// The generated config of the benchmark: templates, phones (endpoint + auth + aor from templates), comments, like
// the files FreePBX writes. `generate(lines)` gives the text; `middleLine(text)` the line an edit goes to.

/** A realistic config of about `lines` lines. */
export function generate(lines) {
  const out = [
    '; generated for the benchmark',
    '[transport-udp]',
    'type=transport',
    'protocol=udp',
    'bind=0.0.0.0',
    '',
    '[phone-tpl](!)',
    'type=endpoint',
    'context=from-internal',
    'disallow=all',
    'allow=ulaw,alaw,g722',
    'direct_media=no',
    'rtp_symmetric=yes',
    '',
    '[aor-tpl](!)',
    'type=aor',
    'max_contacts=1',
    'remove_existing=yes',
    'qualify_frequency=60',
    '',
  ];
  let i = 0;
  while (out.length < lines) {
    const n = 100000 + i++;
    out.push(
      `; desk phone ${n}`,
      `[${n}](phone-tpl)`,
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
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** Offsets of interesting places near the middle of the text: a callerid value, an auth= value, a key. */
export function middlePlaces(text) {
  const mid = text.indexOf('\ncallerid=', Math.floor(text.length / 2)) + 1;
  const auth = text.lastIndexOf('\nauth=', mid) + 1;
  return {
    callerValue: mid + 'callerid="User '.length,
    authValue: auth + 'auth='.length + 2,
    authKey: auth + 1,
    callerKey: mid + 2,
  };
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
