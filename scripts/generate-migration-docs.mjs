#!/usr/bin/env node
// Writes docs/migration.md and docs/zh-cn/migration.md from pjsip-migrate's table (server/src/migrate/table.ts,
// compiled to out/ by `tsc -b`). Part of `npm run generate`; test/migrateDocs.test.ts checks the files are current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { migrationDoc } = require(join(root, 'out/server/src/migrate/docs.js'));

writeFileSync(join(root, 'docs/migration.md'), migrationDoc('en'));
mkdirSync(join(root, 'docs/zh-cn'), { recursive: true });
writeFileSync(join(root, 'docs/zh-cn/migration.md'), migrationDoc('zh-cn'));
