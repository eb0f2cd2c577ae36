/**
 * The shapes the sip.conf converter passes between its steps: what chan_sip read (settings with their place), the
 * pjsip objects made from them, and one outcome per setting for MIGRATION.md. Pure data.
 */
import type { MigrateNoteKey } from '../i18n/ui/migrateTexts';

/** One `key = value` line of sip.conf as a section sees it (its own, or copied from a template). */
export interface SipSetting {
  /** Lower-case key (chan_sip matches keys case-insensitively). */
  name: string;
  /** The key as written. */
  key: string;
  value: string;
  /** File and 0-based line of the line that set it. */
  path: string;
  line: number;
  /** The template it was copied from, when it is not the section's own line. */
  template?: string;
  /** The section that the line is written in (a template's name for inherited lines). */
  writtenIn: string;
}

/** A sip.conf section as chan_sip reads it: its variables in order (templates copied first). */
export interface SipSection {
  name: string;
  path: string;
  line: number;
  isTemplate: boolean;
  settings: SipSetting[];
  /** The comment lines right above the header (a banner), kept for the output. */
  comments: string[];
}

/** What became of one setting. */
export type Status = 'carried' | 'default' | 'ignored' | 'manual' | 'broken';

/** A note with its parameters, rendered in the reader's language by i18n/ui/migrateTexts.ts. */
export interface Note {
  key: MigrateNoteKey;
  params?: Record<string, string | number>;
  /** A second note that follows (a [general] default: what it did in the peers). */
  then?: Note;
}

/** Where a setting went: an option of a pjsip object. */
export interface Placement {
  type: string;
  object: string;
  option: string;
  /** The value written (never for a password). */
  value?: string;
}

export interface Outcome {
  status: Status;
  note: Note;
  to: Placement[];
}

/** One row of MIGRATION.md: a setting of a section and what became of it. */
export interface Row {
  path: string;
  line: number;
  section: string;
  /** Where the section's header is (a section's rows may come from several files). */
  sectionPath: string;
  sectionLine: number;
  key: string;
  /** The value as MIGRATION.md may show it (secrets masked). */
  shown: string;
  template?: string;
  outcome: Outcome;
}

export interface PjsipOption {
  name: string;
  value: string;
}

/** A pjsip.conf object the converter writes. */
export interface PjsipOut {
  type: string;
  name: string;
  /** Output file (relative to the output folder) it is written into. */
  file: string;
  options: PjsipOption[];
  /** Comment lines written above it (without `;`). */
  comments: string[];
}
