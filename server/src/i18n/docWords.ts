/**
 * The words option, value and type documentation is built from, one set per locale. Each takes plain facts (no
 * schema types: this layer sits below the schema) and returns a phrase; schema/docs.ts puts them together.
 */
import type { Locale } from './locale';
import { enDocWords } from './en/docWords';
import { zhDocWords } from './zh-cn/docWords';

/** The facts that say how a value is written. */
export interface ValueShape {
  kind: string;
  unit?: string;
  range?: readonly number[];
  caseSensitive?: boolean;
  /** The type a reference names. */
  target?: string;
  /** The schema's format note, already in the locale. */
  format?: string;
  /** Other spellings of yes and no, joined with `/`. */
  trueWords: string;
  falseWords: string;
}

/** What Asterisk does with a value it does not accept (see schema/docs.ts `badValueCase`). */
export type BadValueCase =
  | 'bool'
  | 'silentlyIgnored'
  | 'ignored'
  | 'openEnum'
  | 'emptyRefused'
  | 'storedAsWritten'
  | 'noPort'
  | 'unknownName'
  | 'wizard'
  | 'refused';

export interface DocLabels {
  value: string;
  default: string;
  accepted: string;
  otherReleases: string;
  parts: string;
  lists: string;
  asterisk: string;
  rule: string;
  required: string;
  build: string;
  badValue: string;
  seeAlso: string;
}

export interface DocWords {
  labels: DocLabels;
  /** One line of a doc's list: `- **Value:** text` (`- **取值：** text` in Chinese). */
  item(label: string, text: string): string;
  /** `**name** — endpoint option` */
  optionTitle(name: string, type: string): string;
  /** A sentence from a purpose phrase. */
  sentence(phrase: string): string;
  deprecated(instead: string | undefined, ignored: boolean): string;
  valueFormat(s: ValueShape): string;
  badValue(c: BadValueCase, type: string, target?: string): string;
  empty: string;
  oldName: string;
  andYesNo: string;
  orNumber: string;
  listsRepeatable: string;
  listsReplace: string;
  requiredBy(type: string): string;
  buildDependent(names: string): string;
  notInTarget(label: string): string;
  /** Value docs. */
  oneOfValues(option: string): string;
  sameAs(value: string): string;
  oldNameStillAccepted: string;
  /** Type docs. */
  typeTitle(type: string, summary: string | undefined): string;
  moduleLine(module: string, branches: string, missingIn: string | undefined): string;
  singleObject: string;
  restartOnly: string;
}

export function docWords(locale: Locale | undefined): DocWords {
  return locale === 'zh-cn' ? zhDocWords : enDocWords;
}
