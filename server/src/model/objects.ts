/**
 * From categories to PJSIP objects, as res_sorcery_config and the config wizard do it: find each section's
 * type (the first `type=` wins; `[global]` and `[system]` may go without one), apply its options in order (any
 * unknown option or bad value drops the object, see options.ts), run the per-type checks Asterisk makes when it
 * applies the object (objectChecks.ts), and expand wizards into the objects they generate (wizard.ts).
 */
import type { AsteriskTarget } from '../schema/versions';
import { configurableTypeNames, configurableTypes, getType, isExtendedField, suggest } from '../schema/schema';
import { addObject } from './apply';
import type { KeyFileCheck } from './keyFiles';
import { newBuildContext, type BuildContext } from './context';
import { basename } from './paths';
import { MutedSink, type Problem, type ProblemSink } from './problems';
import { msg, part, type MessageKeyOf, type MessageRef, type Part } from '../i18n/messages';
import { entryRange, nameRange } from './ranges';
import { checkTemplate } from './templates';
import type { Config, PjsipObject, Section, Variable } from './types';
import { isOwn, typeVar } from './variables';
import { wizardSection } from './wizard';

export { effective, lastValues, lastVar, sameName, typeVar, type Effective } from './variables';
export { placeholder } from './objectChecks';
export { wizardFlags, type WizardFlags } from './wizard';
export type { OptionInfo } from '../schema/schema';

/**
 * Build (and check) the objects of every config. Returns them in load order. `bySection` (when given) receives
 * what building each section (or checking each template) reported, for those that reported anything: an
 * incremental update (update.ts) builds a few sections again and replaces their findings.
 */
export function buildObjects(
  configs: readonly Config[],
  sink: ProblemSink,
  target?: AsteriskTarget,
  bySection?: { set(s: Section, list: Problem[]): void },
  keyFile?: KeyFileCheck,
): PjsipObject[] {
  const ctx = newBuildContext(sink, target, keyFile);
  const templates: Section[] = [];
  for (const config of configs) {
    for (const s of config.categories) {
      if (s.isTemplate) templates.push(s);
      else recorded(ctx, s, bySection, buildSection);
    }
  }
  // Templates: check what they hold once, for the type they (or their users) have. Findings reached through an
  // object above win; what is left is reported as a warning (a template alone never fails to load).
  for (const t of templates) recorded(ctx, t, bySection, checkTemplate);
  return ctx.objects;
}

/**
 * Runs `step` for `s`, and keeps what it reported in `bySection`. A section Asterisk never reads (after a fatal
 * line) is built for the editor's sake, and reports nothing.
 */
export function recorded(
  ctx: BuildContext,
  s: Section,
  bySection: { set(s: Section, list: Problem[]): void } | undefined,
  step: (ctx: BuildContext, s: Section) => void,
): void {
  if (s.dead) {
    const live = ctx.sink;
    ctx.sink = MUTED;
    step(ctx, s);
    ctx.sink = live;
    return;
  }
  const from = ctx.sink.list.length;
  step(ctx, s);
  if (bySection && ctx.sink.list.length > from) bySection.set(s, ctx.sink.list.slice(from));
}

const MUTED = new MutedSink();

/** The objects of one category that is no template: a pjsip.conf section, or a wizard and what it generates. */
export function buildSection(ctx: BuildContext, s: Section): void {
  if (s.config.kind === 'wizard') wizardSection(ctx, s);
  else pjsipSection(ctx, s);
}

// ---- pjsip.conf sections ----------------------------------------------------------------------------------

function pjsipSection(ctx: BuildContext, s: Section): void {
  const tv = typeVar(s.vars);
  if (!tv) {
    if (s.name === 'global' || s.name === 'system') untypedSingleton(ctx, s, s.name);
    else reportMissingType(ctx, s);
    return;
  }
  const value = tv.value;
  const t = getType(value);
  if (!t || !t.configurable || value === 'wizard') {
    reportUnknownType(ctx, s, tv);
    return;
  }
  s.type = value;
  addObject(ctx, s, value, s.name, s.vars);
}

/**
 * `[global]` or `[system]` without type=: Asterisk takes it as that singleton only while every option in it is
 * one of its options, spelled exactly so; otherwise it ignores the section.
 */
function untypedSingleton(ctx: BuildContext, s: Section, name: 'global' | 'system'): void {
  const t = getType(name)!;
  const foreign = s.vars.find(
    (v) =>
      (!isExtendedField(v.name) && !t.byName.get(v.name.toLowerCase())) ||
      (t.byName.get(v.name.toLowerCase()) && t.byName.get(v.name.toLowerCase())!.name !== v.name),
  );
  if (!foreign) {
    s.type = name;
    addObject(ctx, s, name, name, s.vars);
    return;
  }
  const known = t.byName.get(foreign.name.toLowerCase());
  ctx.sink.add({
    ...nameRange(s),
    code: 'missing-type',
    msg: known
      ? msg('missing-type/singleton-misspelled', { name, option: foreign.name, known: known.name })
      : msg('missing-type/singleton-foreign', { name, option: foreign.name }),
    data: { types: [name] },
    related: [
      {
        ...entryRange(foreign.entry, 'key'),
        msg: part('related/not-singleton-option', { option: foreign.name, type: name }),
      },
    ],
  });
}

function reportMissingType(ctx: BuildContext, s: Section): void {
  const candidates = guessTypes(s.vars);
  const empty = s.vars.length === 0;
  // The range written out, not spread: a generated file can hold 100,000 of these, and V8 copies `{ ...range, x }`
  // through a slow path (about 10 times slower).
  ctx.sink.add({
    path: s.file.path,
    start: s.nameStart,
    end: s.nameEnd,
    code: 'missing-type',
    variant: empty ? 'empty' : undefined,
    msg: empty
      ? msg('missing-type/empty', { name: s.name })
      : msg('missing-type/no-type', {
          name: s.name,
          guess: candidates.length ? part('note/type-guess', { type: candidates[0] }) : undefined,
        }),
    data: { types: candidates.length ? candidates : configurableTypeNames() },
  });
}

/** type= names no type a config file can define (a wizard in pjsip.conf, an internal type, a typo). */
function reportUnknownType(ctx: BuildContext, s: Section, tv: Variable): void {
  const value = tv.value;
  const t = getType(value);
  const where = isOwn(tv.entry, s) ? undefined : part('note/set-in-template', { template: tv.entry.block.name });
  let why: MessageRef<MessageKeyOf<'unknown-type'>>;
  let sugg: string[] = [];
  if (value === 'wizard')
    why = msg('unknown-type/wizard-in-pjsip', { file: basename(s.config.root.path), name: s.name, where });
  else if (t && !t.configurable) why = msg('unknown-type/internal', { type: value, name: s.name, where });
  else {
    const exact = configurableTypes().find((x) => x.name.toLowerCase() === value.toLowerCase());
    sugg = exact ? [exact.name] : suggest(value, configurableTypeNames(), 3);
    const caseNote: Part | undefined = exact ? part('note/type-case') : undefined;
    why = msg('unknown-type/not-a-type', { value, caseNote, name: s.name, where });
  }
  ctx.sink.add({
    ...entryRange(tv.entry, 'value'),
    code: 'unknown-type',
    msg: why,
    data: { suggestions: sugg },
  });
}

/** Types whose options cover the section's option names best (for missing-type). */
function guessTypes(vars: readonly Variable[]): string[] {
  const names = vars.map((v) => v.name.toLowerCase()).filter((n) => n !== 'type');
  if (!names.length) return [];
  const scored = configurableTypes()
    .map((t) => ({ t: t.name, n: names.filter((n) => t.byName.has(n)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return scored
    .filter((x) => x.n === scored[0].n)
    .map((x) => x.t)
    .concat(scored.filter((x) => x.n !== scored[0].n).map((x) => x.t))
    .slice(0, 3);
}
