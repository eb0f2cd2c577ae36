/**
 * Which output file each converted object goes into. sip.conf itself becomes pjsip.conf; an included file that
 * holds peers or register lines keeps a file of its own (`sip_additional.conf` -> `pjsip_additional.conf`),
 * included from pjsip.conf in the order sip.conf first included it. Files outside the config folder, and files
 * that only continue [general], fold into pjsip.conf.
 */
import { basename } from '../model/paths';
import type { SipRead } from './read';
import { ROOT_FILE } from './transports';

export class Layout {
  /** Source path -> output file (relative to the output folder). */
  private readonly map = new Map<string, string>();
  /** Output files other than pjsip.conf, in include order. */
  readonly included: string[] = [];

  constructor(
    private readonly read: SipRead,
    /** Source files that hold something to convert. */
    holding: Set<string>,
  ) {
    this.map.set(read.root.path, ROOT_FILE);
    const taken = new Set([ROOT_FILE]);
    for (const f of read.files) {
      if (f === read.root || !holding.has(f.path)) continue;
      const rel = this.relative(f.path);
      if (!rel) continue;
      let name = pjsipName(rel);
      for (let i = 2; taken.has(name); i++) name = pjsipName(rel).replace(/(\.conf)?$/, `-${i}$1`);
      taken.add(name);
      this.map.set(f.path, name);
      this.included.push(name);
    }
  }

  fileOf(sourcePath: string): string {
    return this.map.get(sourcePath) ?? ROOT_FILE;
  }

  /** The path below the config folder, or undefined for a file outside it. */
  private relative(path: string): string | undefined {
    const dir = this.read.configDir.replace(/\/+$/, '');
    if (!path.startsWith(`${dir}/`)) return undefined;
    const rel = path.slice(dir.length + 1);
    return rel.split('/').some((p) => p === '..' || p === '') ? undefined : rel;
  }
}

/** `sip_x.conf` -> `pjsip_x.conf`, `sip.d/a.conf` -> `pjsip.d/a.conf`, `peers.conf` -> `pjsip_peers.conf`. */
export function pjsipName(rel: string): string {
  const parts = rel.split('/');
  const renamed = parts.map((p, i) => {
    if (/^sip(?=[._-]|$)/i.test(p)) return `pj${p}`;
    return i === parts.length - 1 && !/^pjsip/i.test(p) ? `pjsip_${p}` : p;
  });
  const name = renamed.join('/');
  return basename(name) === ROOT_FILE && parts.length === 1 ? 'pjsip_sip.conf' : name;
}
