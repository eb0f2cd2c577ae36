/**
 * TLS and DTLS key, certificate and CA files. Each option's handler checks that the file (or folder) is there and
 * readable when the object is created: a transport with a missing `cert_file`, `priv_key_file`, `ca_list_file` or
 * `ca_list_path` is not loaded ("... is either missing or not readable", even on udp), nor an endpoint with a
 * missing `dtls_cert_file`, `dtls_private_key`, `dtls_ca_file` or `dtls_ca_path` ("... does not exist or is not
 * readable"); measured on Asterisk 20.7.0 and master.
 *
 * The checker can only look where the paths are this machine's: when the config folder is the live
 * /etc/asterisk, or when a path map the user gave (`--map`, `pjsip.pathMap`) maps the path's prefix to a folder
 * that exists. Otherwise (a copy of a config in a repository, a relative path, which Asterisk resolves against
 * its working folder) it says nothing.
 */
import { msg, part, type Part } from '../i18n/messages';
import type { BuildContext } from './context';
import type { CheckMode } from './options';
import { isAbsolute, normalize } from './paths';
import { entryRange } from './ranges';
import type { ConfigSetOptions, FileProvider, PjsipObject, Variable } from './types';
import type { Failure } from '../i18n/messages';

/** The options whose file Asterisk checks, by type (the log line names the file kind for endpoints). */
const KEY_FILE_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  transport: new Set(['cert_file', 'priv_key_file', 'ca_list_file', 'ca_list_path']),
  endpoint: new Set(['dtls_cert_file', 'dtls_private_key', 'dtls_ca_file', 'dtls_ca_path']),
};

/** Where a written path is on this machine, and whether it can be read there. */
export interface KeyFileProblem {
  /** The path looked at (after the path map). */
  path: string;
  problem: 'missing' | 'unreadable';
}

/** Answers for a path as written in a value: its problem, or undefined (fine, or not checkable here). */
export type KeyFileCheck = (written: string) => KeyFileProblem | undefined;

/** The config folder Asterisk reads on a live system. */
const LIVE_DIR = '/etc/asterisk';

/** How key files are checked for a config set, or undefined when they cannot be (see the file comment). */
export function keyFileChecker(options: ConfigSetOptions, provider: FileProvider): KeyFileCheck | undefined {
  const access = provider.access?.bind(provider);
  if (!access) return undefined;
  const live = normalize(options.configDir) === LIVE_DIR;
  const maps = (options.pathMap ?? []).filter((m) => !m.implied && access(m.to) === 'readable');
  if (!live && !maps.length) return undefined;
  return (written) => {
    if (!isAbsolute(written)) return undefined;
    let path: string | undefined = live ? normalize(written) : undefined;
    for (const m of maps) {
      const from = m.from.replace(/\/+$/, '');
      if (written === from || written.startsWith(`${from}/`)) {
        path = normalize(m.to + written.slice(from.length));
        break;
      }
    }
    if (!path) return undefined;
    const found = access(path);
    return found === 'readable' ? undefined : { path, problem: found ?? 'missing' };
  };
}

/** Reports a key file option whose file is not there; returns why the object fails, or ''. */
export function checkKeyFile(
  ctx: BuildContext,
  obj: PjsipObject,
  v: Variable,
  mode: CheckMode,
  consequence: Part,
): Failure | '' {
  const option = v.name.toLowerCase();
  if (!ctx.keyFile || !KEY_FILE_OPTIONS[obj.type]?.has(option) || !v.value.trim()) return '';
  const found = ctx.keyFile(v.value.trim());
  if (!found) return '';
  const where = found.path !== v.value.trim() ? part('key-file/looked-at', { path: found.path }) : undefined;
  const params = {
    option,
    path: v.value.trim(),
    where,
    problem: part(found.problem === 'missing' ? 'key-file/missing' : 'key-file/unreadable'),
    consequence,
  };
  ctx.sink.add({
    ...entryRange(v.entry, 'value'),
    code: 'key-file-missing',
    variant: mode === 'object' ? undefined : 'not-an-object',
    msg:
      obj.type === 'transport' ? msg('key-file-missing/transport', params) : msg('key-file-missing/endpoint', params),
  });
  return part('failure/key-file', { option });
}
