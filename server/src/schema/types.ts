/** Shapes of the generated schema data (see scripts/generate-schema.mjs). Plain data, no behaviour. */

export type ValueKind =
  | 'bool'
  | 'string'
  | 'enum'
  | 'duration-seconds'
  | 'uint'
  | 'custom'
  | 'reference'
  | 'uri'
  | 'reference-list'
  | 'acl'
  | 'enum-list'
  | 'duration-ms'
  | 'codec-list'
  | 'int'
  | 'double'
  | 'sockaddr';

export interface OptionData {
  name: string;
  kind: ValueKind;
  purpose: string;
  default?: string;
  docDefault?: string;
  effectiveDefault?: string;
  list?: boolean;
  repeatable?: boolean;
  refersTo?: string[];
  deprecated?: boolean;
  deprecatedFor?: string;
  deprecatedValues?: string[];
  aliasOf?: string;
  since?: string;
  values?: string[];
  caseSensitive?: boolean;
  unit?: string;
  range?: [number, number];
  format?: string;
  validation?: string;
  acceptsBooleans?: boolean;
  acceptsInteger?: boolean;
  aliases?: Record<string, string>;
  invalidSilentlyIgnored?: boolean;
  ignored?: boolean;
  openEnum?: boolean;
  emptyRejected?: boolean;
  params?: Record<string, string[]>;
  required?: boolean;
  buildDependent?: string[];
  external?: string[];
  seeAlso?: string[];
  requires?: string[];
  copiedTo?: string[];
  substitutions?: string[];
  nameSuffixValues?: string[];
  wildcard?: boolean;
  matchedByRegex?: string;
  boolParse?: string;
  sameFieldAs?: string;
  undocumented?: boolean;
  parser?: string;
}

export interface TypeData {
  name: string;
  module: string;
  configurable: boolean;
  files: string[];
  since?: string;
  required?: string[];
  singleObject?: boolean;
  reloadable?: boolean;
  anyOptionName?: boolean;
  storage?: string;
  optionPatterns: string[];
  options: OptionData[];
}

export interface WizardPrefixData {
  prefix: string;
  targetType: string;
  objectId: string;
  purpose: string;
}

export interface SchemaData {
  source: { repo: string; commit: string };
  booleans: { true: string[]; false: string[] };
  codecs: { name: string; media: string; sampleRate?: number }[];
  types: Record<string, TypeData>;
  references: { from: string; to: string; list: boolean }[];
  wizard: { prefixes: WizardPrefixData[]; ownOptions: string[] };
}
