/**
 * Shared helpers of the extension-host suite: fixture paths, positions by text, polling with a deadline.
 * The suite runs against the fixtures workspace test/e2e/workspace (the launchers open a temporary copy of it).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { patient } from './patience';

export const EXTENSION_ID = 'pjsip-tools.pjsip-language-tools';

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder open: launch VS Code on test/e2e/workspace (or a copy of it)');
  return f.uri;
}

export function fixture(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

export async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(rel));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Poll `fn` until it returns a truthy value; fail with the last value seen after `idleMs` (times the patience). */
export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  idleMs = 20000,
  every = 50,
): Promise<T> {
  const ms = patient(idleMs);
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out after ${ms} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
      );
    await new Promise((r) => setTimeout(r, every));
  }
}

/** The extension, activated (opening a pjsip document activates it; this waits for that). */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this extension host`);
  await waitFor('extension activation', () => ext.isActive, 30000);
  return ext;
}

/** Position of the `nth` occurrence of `needle` in the document, moved `delta` characters right. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `'${needle}' (#${nth}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(i + delta);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function pjsipDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pjsip');
}

/** Wait until the diagnostics of `uri` have exactly these rule ids (in document order). */
export async function waitForCodes(uri: vscode.Uri, codes: string[], ms = 30000): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify(codes);
  let seen = '';
  try {
    return await waitFor(
      `diagnostics ${want} on ${uri.path}`,
      () => {
        const diags = pjsipDiagnostics(uri).sort((a, b) => a.range.start.compareTo(b.range.start));
        seen = JSON.stringify(diags.map(codeOf));
        return seen === want ? diags : undefined;
      },
      ms,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}; diagnostics were ${seen}`);
  }
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

/** Undo in-memory edits of a fixture: revert the document to its saved text (nothing is ever saved). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`revert of ${doc.uri.path}`, () => !doc.isDirty, 5000);
}

export async function closeAll(): Promise<void> {
  for (const d of vscode.workspace.textDocuments) await revert(d);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Target uri and selection range of a Location or LocationLink. */
export function target(l: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in l
    ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange }
    : { uri: l.uri, range: l.range };
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Workspace-relative path, for readable assertions. */
export function rel(uri: vscode.Uri): string {
  const root = workspaceRoot().path.replace(/\/$/, '');
  return uri.path.startsWith(`${root}/`) ? uri.path.slice(root.length + 1) : uri.toString();
}
