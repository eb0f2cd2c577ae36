/**
 * sip.conf read the way chan_sip's config reader reads it: the model's loader (the same rules as for pjsip.conf:
 * comments, `#include` against the config folder, templates copied when the header is read, `(+)`, `+=`) gives
 * every category with its variables in order, and the problems the reader met with their place.
 */
import { loadConfigs } from '../model/model';
import type { Problem } from '../model/problems';
import type { Config, FileProvider, IncludeInfo, Section, SourceFile } from '../model/types';
import { lineText } from '../syntax';
import type { SipSection, SipSetting } from './types';

export interface SipRead {
  configDir: string;
  root: SourceFile;
  /** Categories in chan_sip's order, templates included. */
  sections: SipSection[];
  files: SourceFile[];
  includes: IncludeInfo[];
  /** What the config reader met (unreadable lines, missing includes, `#exec`), in load order. */
  problems: Problem[];
  /** A fatal line in sip.conf itself: chan_sip would have loaded nothing. */
  rejected: boolean;
  /** The block each header line starts, by file and line (to place `register` lines and peers in files). */
  blocks: Section[];
}

/** Reads `root` (a sip.conf) with its includes; undefined when the provider cannot read it. */
export function readSipConf(root: string, configDir: string, provider: FileProvider): SipRead | undefined {
  const set = loadConfigs(
    {
      configDir,
      roots: [{ path: root, kind: 'pjsip' }],
      pathMap: [{ from: '/etc/asterisk', to: configDir }],
    },
    provider,
  );
  const config: Config | undefined = set.configs[0];
  if (!config) return undefined;
  return {
    configDir,
    root: config.root,
    // After a fatal line chan_sip reads nothing more; when that rejects sip.conf itself the converter still carries
    // over what the admin wrote after it (the report says the source is rejected, at the line).
    sections: config.categories.filter((c) => !c.dead || config.rejected).map((c) => toSipSection(c, config.rejected)),
    files: config.files,
    includes: config.includes,
    problems: set.sink.list,
    rejected: config.rejected,
    blocks: config.blocks,
  };
}

function toSipSection(c: Section, rejected: boolean): SipSection {
  const settings: SipSetting[] = [];
  for (const v of c.vars) {
    const e = v.entry;
    if (e.dead && !rejected) continue;
    const block = e.block.isAppend ? (e.block.appendTarget ?? e.block) : e.block;
    const inherited = block !== c;
    settings.push({
      name: v.name.toLowerCase(),
      key: v.name,
      value: v.value,
      path: e.file.path,
      line: e.line,
      writtenIn: block.name,
      ...(inherited ? { template: block.name } : {}),
    });
  }
  return {
    name: c.name.trim(),
    path: c.file.path,
    line: c.line,
    isTemplate: c.isTemplate,
    settings,
    comments: commentsAbove(c.file, c.line),
  };
}

/** The comment lines right above a header (stopping at a blank line or code), without their `;`. */
function commentsAbove(file: SourceFile, line: number): string[] {
  const out: string[] = [];
  for (let i = line - 1; i >= 0 && out.length < 20; i--) {
    const l = file.tree.lines[i];
    if (l.kind !== 'comment') break;
    const text = lineText(file.tree, i).trim();
    if (!text.startsWith(';') || text.startsWith(';--') || text.includes('--;')) break;
    out.unshift(text.replace(/^;+\s?/, ''));
  }
  return out;
}
