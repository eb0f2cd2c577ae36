/**
 * The guard around every request handler: params that lack what the method needs get `invalid` (InvalidParams),
 * failures are logged and answered with a fallback, cancellation honoured.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';

export async function runSafe<T>(
  conn: Connection,
  name: string,
  token: CancellationToken | undefined,
  fallback: T,
  fn: () => T | Promise<T>,
  invalid?: ResponseError<void>,
): Promise<T | ResponseError<void>> {
  if (invalid) return invalid;
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    const r = await fn();
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return r;
  } catch (e) {
    if (e instanceof ResponseError) return e;
    conn.console.error(`${name} failed: ${(e as Error).stack ?? String(e)}`);
    return fallback;
  }
}
