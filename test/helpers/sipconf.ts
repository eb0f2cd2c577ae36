/**
 * sip.conf fixtures for the converter's tests: an inline sip.conf (and `;- name` for more files, as in
 * fixture.ts) converted by pjsip-migrate's core, with lookups for what the tests assert on.
 */
import { migrateSipConf, type MigrateResult } from '../../server/src/migrate';
import type { Locale } from '../../server/src/i18n/locale';
import type { PjsipOut, Row } from '../../server/src/migrate/types';
import { dedent, memoryProvider } from './fixture';

export const SIP_DIR = '/etc/asterisk';

export interface Migrated extends MigrateResult {
  /** The object of this type and name (fails the test when there is none). */
  obj(type: string, name: string): PjsipOut;
  has(type: string, name: string): boolean;
  /** `option=value` lines of an object (without `type`). */
  lines(type: string, name: string): string[];
  /** The last value of an option of an object. */
  value(type: string, name: string, option: string): string | undefined;
  /** The rows of a key (of a section, when given). */
  rows(key: string, section?: string): Row[];
  report: string;
  text(file?: string): string;
}

/** Splits `;- name` file markers; the first file is sip.conf. */
export function sipFiles(src: string): Map<string, string> {
  const files = new Map<string, string>();
  let current = `${SIP_DIR}/sip.conf`;
  let buf: string[] = [];
  for (const line of dedent(src).split('\n')) {
    const m = /^;- (\S+)\s*$/.exec(line);
    if (m) {
      files.set(current, buf.join('\n'));
      current = `${SIP_DIR}/${m[1]}`;
      buf = [];
    } else buf.push(line);
  }
  files.set(current, buf.join('\n'));
  return files;
}

export function migrate(src: string, opts: { asteriskVersion?: string; locale?: Locale } = {}): Migrated {
  const files = sipFiles(src);
  const r = migrateSipConf(`${SIP_DIR}/sip.conf`, SIP_DIR, memoryProvider(files), {
    asteriskVersion: opts.asteriskVersion,
    locale: opts.locale ?? 'en',
    version: 'test',
  });
  if (!r) throw new Error('sip.conf not read');
  const objects = r.conversion.out.objects;
  const find = (type: string, name: string) => objects.find((o) => o.type === type && o.name === name);
  return {
    ...r,
    obj(type, name) {
      const o = find(type, name);
      if (!o) throw new Error(`no ${type} ${name}; have ${objects.map((x) => `${x.type}/${x.name}`).join(' ')}`);
      return o;
    },
    has: (type, name) => !!find(type, name),
    lines(type, name) {
      return this.obj(type, name)
        .options.filter((o) => o.name !== 'type')
        .map((o) => `${o.name}=${o.value}`);
    },
    value(type, name, option) {
      const list = this.obj(type, name).options.filter((o) => o.name === option);
      return list[list.length - 1]?.value;
    },
    rows: (key, section) =>
      r.conversion.rows.filter((x) => x.key.toLowerCase() === key && (section === undefined || x.section === section)),
    report: r.files.get('MIGRATION.md')!,
    text: (file = 'pjsip.conf') => r.files.get(file) ?? '',
  };
}
