/**
 * Dialplan contexts: an endpoint's `context`, `subscribe_context` and `message_context` name contexts of
 * extensions.conf. Asterisk does not check them when it loads the endpoint; every call from it then fails because
 * the extension is not found. Without an extensions.conf the dialplan lives elsewhere (AEL, Lua, realtime), so
 * nothing is reported.
 */
import { msg, type MessageKeyOf } from '../i18n/messages';
import { suggest } from '../schema/schema';
import type { Model } from '../model/model';
import { sameName } from '../model/objects';
import { hasContext, type Dialplan } from '../model/dialplan';
import { placeByUsers } from '../model/ranges';
import type { PjsipObject } from '../model/types';
import type { RuleSink } from './diagnostic';
import type { ObjectCheck } from './recheck';

/** Endpoint options whose value is a dialplan context, and the message for a context the dialplan lacks. */
export const CONTEXT_OPTIONS: Readonly<Record<string, MessageKeyOf<'unknown-context'>>> = {
  context: 'unknown-context/context',
  subscribe_context: 'unknown-context/subscribe-context',
  message_context: 'unknown-context/message-context',
};

/**
 * Checked per endpoint; reads extensions.conf (no in-place update changes it) and, for a context written in a
 * template, whether the other endpoints built from it keep the line (where the finding sits).
 */
export const unknownContexts: ObjectCheck = {
  types: ['endpoint'],
  // without extensions.conf nothing is checked, so nothing is read
  reads: (model) => (model.dialplan ? { templateUsers: Object.keys(CONTEXT_OPTIONS) } : {}),
  prepare: (model, sink) => {
    const dialplan = model.dialplan;
    return (o) => {
      if (dialplan) checkContexts(model, dialplan, o, sink);
    };
  },
};

function checkContexts(model: Model, dialplan: Dialplan, o: PjsipObject, sink: RuleSink): void {
  if (o.type !== 'endpoint' || !o.loads) return;
  for (const v of o.vars) {
    const effect = Object.keys(CONTEXT_OPTIONS).find((n) => sameName(v.name, n));
    const name = v.value.trim();
    if (v.synthetic || !effect || !name || hasContext(dialplan, name)) continue;
    const e = v.entry;
    const exact = e.valueEnd - e.valueStart === v.value.length;
    const start = exact ? e.valueStart + v.value.indexOf(name) : e.valueStart;
    const at = { path: e.file.path, start, end: exact ? start + name.length : e.valueEnd };
    for (const place of placeByUsers(model.objects, [o], e, effect, at)) {
      const { moved, ...range } = place;
      sink.add({
        ...range,
        code: 'unknown-context',
        msg: msg(CONTEXT_OPTIONS[effect], { name }),
        // the quick fix replaces the name where it is written (the template line, when the diagnostic moved)
        data: { name, suggestions: suggest(name, dialplan.contexts.keys(), 3), ...(moved ? { at } : {}) },
      });
    }
  }
}
