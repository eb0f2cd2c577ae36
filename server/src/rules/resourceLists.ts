/** Resource lists: an item named twice is ignored the second time. */
import { msg } from '../i18n/messages';
import { splitList } from '../schema/values';
import { sameName, type Effective } from '../model/objects';
import type { PjsipObject } from '../model/types';
import type { ObjectRuleContext } from './objectRules';

export function duplicateListItems(o: PjsipObject, _eff: Effective, ctx: ObjectRuleContext): void {
  const seen = new Set<string>();
  for (const v of o.vars) {
    if (!sameName(v.name, 'list_item')) continue;
    const e = v.entry;
    const exact = e.valueEnd - e.valueStart === v.value.length;
    for (const it of splitList(v.value)) {
      if (!it.text) continue;
      if (!seen.has(it.text)) {
        seen.add(it.text);
        continue;
      }
      ctx.sink.add({
        path: e.file.path,
        start: exact ? e.valueStart + it.start : e.valueStart,
        end: exact ? e.valueStart + it.end : e.valueEnd,
        code: 'duplicate-list-item',
        msg: msg('duplicate-list-item', { item: it.text, list: o.id }),
      });
    }
  }
}
