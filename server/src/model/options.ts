/**
 * Option checks, as sorcery applies a section's lines to a new object: an unknown option or a value its handler
 * rejects drops the object; deprecated options and values, repeated options and repeated `type=` lines are
 * reported without dropping it.
 */
import { isExtendedField, suggest, type OptionInfo } from '../schema/schema';
import { optionsAt, typesWithOptionAt } from '../schema/versioned';
import { msg, part, type Failure, type Part } from '../i18n/messages';
import {
  codecProblemsAt,
  olderNameAt,
  optionMissingIn,
  suggestionNeedPart,
  suggestionNeeds,
  valueMissingIn,
} from './versionChecks';
import { checkValue } from '../schema/values';
import { checkKeyFile } from './keyFiles';
import { fail, optionFor, type BuildContext } from './context';
import { basename } from './paths';
import { assignmentRange, entryRange } from './ranges';
import type { OptionEntry, PjsipObject, Variable } from './types';
import { isOwn, sameName } from './variables';

/** `object`: the lines of a section that becomes an object; `template`: a template's lines, checked on their own. */
export type CheckMode = 'object' | 'template';

/** What a failing line costs: the object itself, or every object built from the template it is written in. */
function consequence(obj: PjsipObject, e: OptionEntry, mode: CheckMode): Part {
  if (mode === 'template' || !isOwn(e, obj.section)) {
    const tpl = { template: (e.block.appendTarget ?? e.block).name, type: obj.type };
    return part(obj.wizardPrefix ? 'consequence/template-wizard' : 'consequence/template', tpl);
  }
  return part(obj.wizardPrefix ? 'consequence/wizard' : 'consequence/object', { type: obj.type, id: obj.id });
}

/** Check each option against the type: name, value, deprecation, repeats. */
export function checkOptions(ctx: BuildContext, obj: PjsipObject, mode: CheckMode): void {
  let typeSeen: Variable | undefined;
  const cacheKey =
    mode === 'object' && !obj.wizardPrefix ? obj.type : `${obj.type}\u0000${mode}\u0000${obj.wizardPrefix ?? ''}`;
  let checked = ctx.checked.get(cacheKey);
  if (!checked) ctx.checked.set(cacheKey, (checked = new WeakMap()));
  const vars = obj.vars;
  for (let i = 0; i < vars.length; i++) {
    const v = vars[i];
    if (v.synthetic) continue;
    const e = v.entry;
    const own = isOwn(e, obj.section);
    if (!obj.wizardPrefix && sameName(v.name, 'type')) {
      if (typeSeen && own && v.value !== typeSeen.value) reportRepeatedType(ctx, obj, v, typeSeen);
      typeSeen ??= v;
      continue;
    }
    // A template line is shared by every section that uses it: check (and report) it once per type.
    let why = own ? undefined : checked.get(v);
    if (why === undefined) {
      why = checkVariable(ctx, obj, v, mode);
      if (!own) checked.set(v, why);
    }
    if (why && !e.dead && mode === 'object') fail(obj, why);
    if (own) reportEarlierSetting(ctx, obj, i);
  }
}

/** A second `type=` line with another value: Asterisk goes by the first. */
function reportRepeatedType(ctx: BuildContext, obj: PjsipObject, v: Variable, first: Variable): void {
  ctx.sink.add({
    ...entryRange(v.entry, 'key'),
    code: 'duplicate-option',
    msg: msg('duplicate-option/type', {
      value: first.value,
      by: isOwn(first.entry, obj.section) ? undefined : part('note/by-template', { template: first.entry.block.name }),
    }),
  });
}

/** The nearest earlier own line setting the same (non-repeatable) option as `vars[i]` has no effect. */
function reportEarlierSetting(ctx: BuildContext, obj: PjsipObject, i: number): void {
  const vars = obj.vars;
  const v = vars[i];
  const opt = isExtendedField(v.name) ? undefined : optionFor(ctx, obj.type, v.name);
  if (!opt || opt.repeatable) return;
  // sections hold a few lines: scan back
  const lower = opt.name.toLowerCase();
  const e = v.entry;
  for (let j = i - 1; j >= 0; j--) {
    const prev = vars[j];
    if (prev.synthetic || !sameName(prev.name, lower) || !isOwn(prev.entry, obj.section)) continue;
    ctx.sink.add({
      ...assignmentRange(prev.entry),
      code: 'duplicate-option',
      msg: msg('duplicate-option/set-again', {
        option: prev.name,
        // read when rendered: an incremental update moves the line (model/update.ts renders the text again)
        get line() {
          return e.line + 1;
        },
        of: e.file !== prev.entry.file ? part('note/of-file', { file: basename(e.file.path) }) : undefined,
      }),
    });
    return;
  }
}

/** Report what is wrong with one variable for the object's type; returns why it makes the object fail, or ''. */
export function checkVariable(ctx: BuildContext, obj: PjsipObject, v: Variable, mode: CheckMode): Failure | '' {
  if (isExtendedField(v.name)) return '';
  const opt = optionFor(ctx, obj.type, v.name);
  if (!opt) {
    reportUnknownOption(ctx, obj, v, mode);
    return part('failure/unknown-option', { option: v.name });
  }
  const why =
    reportBadValue(ctx, obj, v, opt, mode) || checkKeyFile(ctx, obj, v, mode, consequence(obj, v.entry, mode));
  if (opt.deprecated) reportDeprecatedOption(ctx, obj, v, opt);
  if (opt.deprecatedValues && opt.deprecatedValues.some((x) => x.toLowerCase() === v.value.toLowerCase()))
    reportDeprecatedValue(ctx, obj, v, opt);
  return why;
}

/** Characters of a wizard prefix (`endpoint/`) in front of the option name. */
function prefixLength(obj: PjsipObject): number {
  return obj.wizardPrefix ? obj.wizardPrefix.length : 0;
}

function reportUnknownOption(ctx: BuildContext, obj: PjsipObject, v: Variable, mode: CheckMode): void {
  const { target } = ctx;
  const type = obj.type;
  const elsewhere = optionMissingIn(target, type, v.name);
  const others = typesWithOptionAt(target, v.name).filter((x) => x !== type);
  const names = optionsAt(target, type)
    .filter((o) => !o.wildcard)
    .map((o) => o.name);
  const belongs = !others.length
    ? undefined
    : others.length === 1
      ? part('note/option-of-type', { type: others[0] })
      : part('note/option-of-types', { types: others.join(', ') });
  const suggestions = elsewhere ? [] : suggest(v.name, names, 3);
  ctx.sink.add({
    ...entryRange(v.entry, 'key', prefixLength(obj)),
    code: 'unknown-option',
    variant: mode === 'object' ? undefined : 'not-an-object',
    msg: elsewhere
      ? msg('unknown-option/other-release', { missing: elsewhere, consequence: consequence(obj, v.entry, mode) })
      : msg('unknown-option/not-of-type', {
          option: v.name,
          type,
          belongs,
          consequence: consequence(obj, v.entry, mode),
        }),
    data: { suggestions, needs: suggestionNeeds(target, type, suggestions) },
  });
}

/** Report what the option's handler says of the value; returns why it makes the object fail, or ''. */
function reportBadValue(
  ctx: BuildContext,
  obj: PjsipObject,
  v: Variable,
  opt: OptionInfo,
  mode: CheckMode,
): Failure | '' {
  const e = v.entry;
  let why: Failure | '' = '';
  for (const p of codecProblemsAt(ctx.target, opt, v.value, checkValue(opt, v.value))) {
    const r = entryRange(e, 'value');
    const exact = r.end - r.start === v.value.length;
    const start = p.start !== undefined && exact ? r.start + p.start : r.start;
    const end = p.end !== undefined && exact ? r.start + p.end : r.end;
    const item = p.start !== undefined && p.end !== undefined ? v.value.slice(p.start, p.end) : v.value;
    const missing = p.fails ? valueMissingIn(ctx.target, opt, item) : undefined;
    const reason = missing ?? p.reason;
    const older = missing && olderNameAt(ctx.target, opt, item);
    const suggestions = older ? [older] : p.suggestions?.filter((x) => opt.values?.includes(x) ?? true);
    ctx.sink.add({
      path: r.path,
      start,
      end: Math.max(end, start),
      code: 'invalid-value',
      variant: !p.fails ? 'harmless' : mode === 'object' ? undefined : 'not-an-object',
      msg: p.fails
        ? msg('invalid-value/fails', { reason, consequence: consequence(obj, e, mode) })
        : msg('invalid-value/plain', { reason }),
      data: suggestions?.length
        ? { suggestions, needs: suggestionNeeds(ctx.target, obj.type, suggestions, opt.name) }
        : undefined,
    });
    if (p.fails && !why) why = part('failure/bad-value', { option: v.name });
  }
  return why;
}

function reportDeprecatedOption(ctx: BuildContext, obj: PjsipObject, v: Variable, opt: OptionInfo): void {
  const instead = opt.deprecatedFor ?? opt.aliasOf;
  const needs = instead ? suggestionNeeds(ctx.target, obj.type, [instead]) : undefined;
  const needsNote = instead ? suggestionNeedPart(ctx.target, obj.type, instead) : undefined;
  ctx.sink.add({
    ...entryRange(v.entry, 'key', prefixLength(obj)),
    code: 'deprecated-option',
    msg: msg('deprecated-option', {
      option: opt.name,
      instead: instead ? part('note/use-instead', { option: instead, needs: needsNote }) : undefined,
      ignored: opt.ignored ? part('note/ignored') : undefined,
    }),
    data: instead ? { suggestions: [instead], needs } : undefined,
  });
}

function reportDeprecatedValue(ctx: BuildContext, obj: PjsipObject, v: Variable, opt: OptionInfo): void {
  const current = opt.values?.find((x) => !opt.deprecatedValues!.includes(x) && x !== 'google_oauth');
  const needs = current ? suggestionNeeds(ctx.target, obj.type, [current], opt.name) : undefined;
  const needsNote = current ? suggestionNeedPart(ctx.target, obj.type, current, opt.name) : undefined;
  ctx.sink.add({
    ...entryRange(v.entry, 'value'),
    code: 'deprecated-value',
    msg: msg('deprecated-value', {
      value: v.value,
      option: opt.name,
      same: current ? part('note/means-the-same', { value: current, needs: needsNote }) : undefined,
    }),
    data: current ? { suggestions: [current], needs } : undefined,
  });
}
