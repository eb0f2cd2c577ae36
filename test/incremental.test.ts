/**
 * Property test of the edit path: random edit sequences across the files of one config set, sent to the server
 * as incremental (and now and then full) document changes, typed fast enough that changes coalesce. After every
 * sequence the diagnostics the server last published for each file (ranges, codes, messages, severities,
 * related information) equal those of a fresh analysis of the same texts, converted the same way, and the
 * reference found at a cursor from the blocks around it is the one a search of every reference finds.
 * PJSIP_PROPERTY_SEQUENCES sets the number of sequences (default 2000, about 10 s).
 */
import { test, suite, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MemoryLsp } from './helpers/memoryLsp';
import { analyzeFolder } from '../server/src/analysis/analyze';
import { lineIndexAt, parse } from '../server/src/syntax';
import { referenceAt } from '../server/src/model/references';
import { SCANS_BEFORE_INDEX, referencesTo, symbolOfSection } from '../server/src/features/navigation';
import { pathToUri, toLspDiagnostic, type FileLookup } from '../server/src/server/conversions';
import type { FileProvider, SourceFile } from '../server/src/model/types';
import { patient } from './helpers/patience';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const FILES: Record<string, string> = {
  'pjsip.conf': `[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[phone-tpl](!)
type=endpoint
context=from-internal
disallow=all
allow=ulaw

#include pjsip.endpoints.conf
#include pjsip.auth.conf
`,
  'pjsip.endpoints.conf': `[6001](phone-tpl)
auth=6001
aors=6001

[6001]
type=aor
max_contacts=1

[6002](phone-tpl)
auth=6002
aors=6002
[6002](+)
callerid=Bob <6002>
`,
  'pjsip.auth.conf': `[6001]
type=auth
username=6001
password=one

[6002]
type=auth
username=6002
password=two
`,
  'pjsip_wizard.conf': `[trunk]
type=wizard
remote_hosts=sip.example.com
sends_registrations=yes
sends_auth=yes
outbound_auth/username=me
outbound_auth/password=pw
endpoint/context=from-trunk
`,
};

/** Pieces typed at random places: syntax that moves sections, types, templates, includes and comments around. */
const SNIPPETS = [
  'x',
  '1',
  ' ',
  '\n',
  '\n',
  '\r\n',
  '=',
  ',',
  ';',
  ';--',
  '--;',
  '[',
  ']',
  '(',
  ')',
  '(!)',
  '(+)',
  '(phone-tpl)',
  '\\',
  '[6003]\n',
  'type=endpoint\n',
  'type=aor\n',
  'type=auth\n',
  'type=transport\n',
  'type=identify\n',
  'type=wizard\n',
  'aors=6003',
  'auth=6001',
  'max_contacts=0',
  'allow=ulaw,nope',
  'bind=0.0.0.0:5060',
  'match=10.0.0.1',
  'endpoint=6002',
  'transport=transport-udp',
  'direct_media=maybe',
  '+=',
  '#include pjsip.auth.conf\n',
  '#tryinclude missing.conf\n',
  'outbound_auth/username=',
  'endpoint/allow=g722',
  'qualify_frequency=-1',
  '[global]\n',
  'user_agent=x\n',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

suite('incremental analysis', () => {
  let dir: string;
  let lsp: MemoryLsp;
  const docs = new Map<string, TextDocument>(); // path -> the text the server holds

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pjsip-incr-')));
    for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
    lsp = new MemoryLsp();
    await lsp.initialize(dir);
    for (const [name, text] of Object.entries(FILES)) {
      const p = path.join(dir, name);
      const uri = pathToUri(p);
      docs.set(p, TextDocument.create(uri, 'pjsip', 1, text));
      const wait = lsp.waitFor('textDocument/publishDiagnostics', (x) => x.uri === uri && x.version === 1);
      lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'pjsip', version: 1, text } });
      await wait;
    }
  });

  after(async () => {
    await lsp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** One random change to one file: insert a snippet, delete a short range, or replace one; sometimes a full text. */
  function randomChange(r: () => number): { path: string; change: Json } {
    const paths = [...docs.keys()];
    const p = paths[Math.floor(r() * paths.length)];
    const doc = docs.get(p)!;
    const text = doc.getText();
    if (text.length > 3000 || r() < 0.02) return { path: p, change: { text: FILES[path.basename(p)] } };
    const start = Math.floor(r() * (text.length + 1));
    const del = r() < 0.4 ? Math.floor(r() * 12) : 0;
    const end = Math.min(text.length, start + del);
    const insert = del && r() < 0.5 ? '' : SNIPPETS[Math.floor(r() * SNIPPETS.length)];
    return { path: p, change: { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert } };
  }

  /** What a fresh analysis of the current texts says, per URI, converted as the server converts it. */
  function freshDiagnostics(): Map<string, Json[]> {
    const files = new Map<string, SourceFile>();
    for (const [p, d] of docs) files.set(p, { path: p, text: d.getText(), tree: parse(d.getText()) });
    const provider: FileProvider = {
      read: (p) => files.get(p),
      listDir: (d) =>
        d === dir ? [...files.keys()].map((p) => ({ name: path.basename(p), isDirectory: false })) : undefined,
    };
    const a = analyzeFolder(dir, provider, [...files.keys()]);
    checkReferenceAt(a);
    checkReferencesTo(a);
    const lookup: FileLookup = { fileOf: (p) => a.files.get(p), uriOf: pathToUri };
    const out = new Map<string, Json[]>();
    for (const p of a.files.keys()) out.set(pathToUri(p), []);
    for (const d of a.diagnostics)
      out.get(pathToUri(d.path))?.push(JSON.parse(JSON.stringify(toLspDiagnostic(d, a.files.get(d.path)!, lookup)))); // as sent
    return out;
  }

  /** The reference at the cursor (what hover, definition and rename start from) is the one of the whole set. */
  function checkReferenceAt(a: ReturnType<typeof analyzeFolder>): void {
    for (const file of a.files.values()) {
      for (let offset = 0; offset <= file.text.length; offset += 7) {
        const lineIndex = lineIndexAt(file.tree.lineStarts, offset);
        const quick = referenceAt(
          a.configs,
          a.index,
          a.sectionsByFile.get(file.path),
          file,
          lineIndex,
          offset,
          () => a.references,
        );
        const full = a.references.find((r) => r.file === file && offset >= r.start && offset <= r.end);
        assert.deepEqual(
          quick && { ...quick, section: quick.section.name },
          full && { ...full, section: full.section.name },
          `${file.path}@${offset}`,
        );
      }
    }
  }

  /** The first questions for a symbol's references (scans) answer as the index built for later ones. */
  function checkReferencesTo(a: ReturnType<typeof analyzeFolder>): void {
    const sections = [...a.sectionsByFile.values()].flat();
    if (!sections.length) return;
    const sym = symbolOfSection(a, sections[Math.floor(sections.length / 2)]);
    if (!sym) return;
    const scanned = referencesTo(a, sym);
    for (let k = 1; k < SCANS_BEFORE_INDEX; k++) referencesTo(a, sym);
    assert.deepEqual(scanned, referencesTo(a, sym));
  }

  /** Send the changes of one sequence without waiting in between; resolve once the set is published for the last. */
  async function play(changes: { path: string; change: Json }[]): Promise<void> {
    let last: { uri: string; version: number } | undefined;
    for (const { path: p, change } of changes) {
      const doc = docs.get(p)!;
      const next = TextDocument.update(doc, [change], doc.version + 1);
      docs.set(p, next);
      last = { uri: doc.uri, version: next.version };
      const published = last;
      const wait =
        changes[changes.length - 1].change === change
          ? lsp.waitFor(
              'textDocument/publishDiagnostics',
              (x) => x.uri === published.uri && x.version === published.version,
            )
          : undefined;
      lsp.notify('textDocument/didChange', {
        textDocument: { uri: doc.uri, version: next.version },
        contentChanges: [change],
      });
      if (wait) await wait;
    }
    // The other files of the set follow the edited one; a request answered after them is the barrier.
    await lsp.request('workspace/symbol', { query: 'no-such-symbol' });
  }

  test(
    'after every random edit sequence the published diagnostics equal a fresh analysis',
    { timeout: patient(120_000) }, // a hang bound (8 s on an idle machine)
    async () => {
      const sequences = Number(process.env.PJSIP_PROPERTY_SEQUENCES ?? 2000);
      const r = rng(20261202);
      let edits = 0;
      for (let k = 0; k < sequences; k++) {
        const changes = Array.from({ length: 1 + Math.floor(r() * 5) }, () => randomChange(r));
        edits += changes.length;
        await play(changes);
        const fresh = freshDiagnostics();
        for (const [uri, list] of lsp.diagnostics) {
          assert.deepEqual(
            list,
            fresh.get(uri) ?? [],
            `sequence ${k} (${edits} edits), ${path.basename(uri)}:\n${[...docs.values()].find((d) => d.uri === uri)?.getText()}`,
          );
        }
        for (const uri of fresh.keys()) assert.ok(lsp.diagnostics.has(uri), `sequence ${k}: ${uri} never published`);
      }
    },
  );
});
