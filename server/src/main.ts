/**
 * pjsip-language-server: the LSP entry point. `--stdio` for any editor; VS Code starts it over node IPC.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server/index';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write('pjsip-language-server 0.1.0\n');
} else if (!args.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('usage: pjsip-language-server --stdio   (VS Code starts it with --node-ipc)\n');
  process.exitCode = 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e?.stack ?? e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? e}`));
  startServer(connection);
}
