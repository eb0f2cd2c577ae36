/**
 * Custom messages between the VS Code client and the server, declared once for both sides.
 * Plain constants and types only: the client imports this file without pulling in any language logic.
 */

/** Server -> client: documents that belong to a pjsip config set (included files with any name). */
export const IncludedFilesNotification = 'pjsip/includedFiles';

export interface IncludedFilesParams {
  /** File URIs read as part of a config set. */
  uris: string[];
}
