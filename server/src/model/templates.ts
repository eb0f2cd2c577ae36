/**
 * Templates (`[name](!)`): Asterisk builds nothing from them, but their lines end up in every section that uses
 * them. Each is checked once, for the type it (or its first user) has; a template of no type at all can only have
 * names flagged that are an option of no type.
 */
import { configurableTypes, getType, isExtendedField, suggest, typesWithOption } from '../schema/schema';
import type { BuildContext } from './context';
import { msg } from '../i18n/messages';
import { checkOptions } from './options';
import { entryRange } from './ranges';
import type { PjsipObject, Section } from './types';
import { typeVar } from './variables';
import { checkWizardKeys } from './wizard';

export function checkTemplate(ctx: BuildContext, t: Section): void {
  if (t.config.kind === 'wizard') {
    const probe: PjsipObject = { type: 'wizard', id: t.name, section: t, vars: t.vars, loads: true };
    checkWizardKeys(ctx, probe, 'template');
    return;
  }
  const type = templateType(t);
  if (type) {
    t.type = type;
    checkOptions(ctx, { type, id: t.name, section: t, vars: t.vars, loads: true }, 'template');
    return;
  }
  checkUntypedTemplate(ctx, t);
}

/** The template's own type=, else the type of the first section that uses it. */
function templateType(t: Section): string | undefined {
  const tv = typeVar(t.vars);
  if (tv && getType(tv.value)?.configurable) return tv.value;
  return t.children.map((c) => c.type).find((x): x is string => !!x);
}

/** No type anywhere: only names that exist in no type at all can be flagged. */
function checkUntypedTemplate(ctx: BuildContext, t: Section): void {
  for (const v of t.vars) {
    const lower = v.name.toLowerCase();
    if (lower === 'type' || isExtendedField(v.name) || typesWithOption(v.name).length || /^event_/i.test(v.name))
      continue;
    const all = configurableTypes().flatMap((x) => x.options.filter((o) => !o.wildcard).map((o) => o.name));
    ctx.sink.add({
      ...entryRange(v.entry, 'key'),
      code: 'unknown-option',
      variant: 'not-an-object',
      msg: msg('unknown-option/no-type-has-it', { option: v.name, template: t.name }),
      data: { suggestions: suggest(v.name, new Set(all), 3) },
    });
  }
}
