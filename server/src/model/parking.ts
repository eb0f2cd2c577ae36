/**
 * Dialplan contexts res_parking makes itself: every parking lot puts its parked calls in a context of its own
 * (the lot's `context`, `parkedcalls` unless set), and the `default` lot exists even when res_parking.conf does
 * not define it. They are contexts no extensions.conf shows, so an endpoint's `context=parkedcalls` names one.
 * Not measured (the packaged Asterisk has no res_parking): read from res_parking's documented defaults.
 */
import { readForeignConfig, sectionOptions } from './foreignConfigs';
import type { ConfigSetOptions, FileProvider, SourceFile } from './types';

/** The context of a lot that does not set one, and so of the default lot. */
export const DEFAULT_PARKING_CONTEXT = 'parkedcalls';

export interface ParkingContexts {
  contexts: ReadonlySet<string>;
  /** The files of res_parking.conf read (a change to them changes the answer). */
  files: SourceFile[];
}

export function readParkingContexts(provider: FileProvider, options: ConfigSetOptions): ParkingContexts {
  const contexts = new Set<string>([DEFAULT_PARKING_CONTEXT]);
  const config = readForeignConfig('res_parking.conf', provider, options);
  for (const [name, sections] of config?.sections ?? []) {
    if (name.toLowerCase() === 'general') continue;
    let context = DEFAULT_PARKING_CONTEXT;
    for (const s of sections)
      for (const o of sectionOptions(s))
        if (o.key.toLowerCase() === 'context' && o.value.trim()) context = o.value.trim();
    contexts.add(context);
  }
  return { contexts, files: config?.files ?? [] };
}
