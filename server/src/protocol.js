"use strict";
/**
 * Custom messages between the VS Code client and the server, declared once for both sides.
 * Plain constants and types only: the client imports this file without pulling in any language logic.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.IncludedFilesNotification = void 0;
/** Server -> client: documents that belong to a pjsip config set (included files with any name). */
exports.IncludedFilesNotification = 'pjsip/includedFiles';
//# sourceMappingURL=protocol.js.map