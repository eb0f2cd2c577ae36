#!/usr/bin/env node
// Bundles the extension client, the language server and the pjsip-check and pjsip-migrate CLIs with esbuild.
// Type-checking is separate (`tsc -b`, run by `npm run build` first). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
// One version for everything: the root package.json's (server/package.json must agree; a test checks that).
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: true,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(version) },
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['server/src/main.ts'],
    outfile: 'server/out/server.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'server/out/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['server/src/migrateCli.ts'],
    outfile: 'server/out/migrate.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching...');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const f of ['server/out/server.js', 'server/out/cli.js', 'server/out/migrate.js']) chmodSync(f, 0o755);
  // The npm package (server/package.json) carries the rule docs that diagnostics link to, next to the bundles.
  copyFileSync('docs/rules.md', 'server/out/rules.md');
  mkdirSync('server/out/zh-cn', { recursive: true });
  copyFileSync('docs/zh-cn/rules.md', 'server/out/zh-cn/rules.md');
}
