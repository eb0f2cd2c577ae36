/**
 * pjsip-language-server: the LSP entry point. `--stdio` for any editor; VS Code starts it over node IPC.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server/index';
import { VERSION } from './version';

const USAGE = `usage: pjsip-language-server --stdio
  The PJSIP language server (Asterisk pjsip.conf, pjsip_wizard.conf and their includes), for any LSP editor.
  --stdio      talk LSP on stdin/stdout (what Neovim, Helix, Emacs and most editors use)
  --node-ipc   talk over Node IPC (what VS Code uses)
  --version    print the version
  --help       print this help
Settings come from the editor's "pjsip" section (workspace/configuration).`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`pjsip-language-server ${VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
} else if (
  !args.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))
) {
  process.stderr.write(`pjsip-language-server: no transport given\n${USAGE}\n`);
  process.exitCode = 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e?.stack ?? e}`));
  process.on('unhandledRejection', (e) =>
    connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? String(e)}`),
  );
  startServer(connection);
}
