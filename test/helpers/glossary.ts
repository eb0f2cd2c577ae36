/**
 * The glossary's rules for one Simplified Chinese text (server/src/i18n/zh-cn/glossary.md and glossary.ts): no
 * Latin word outside names, values, codes and the kept terms; the full-width colon after Chinese; no space next to
 * Chinese punctuation or between two Chinese characters; no word mainland readers do not write.
 */
import { KEPT_TERMS, NOT_MAINLAND } from '../../server/src/i18n/zh-cn/glossary';

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const PUNCT = '，。：；（）、！？“”《》【】';
/** What stands for a name, code or quote once it is taken out. */
const HOLE = 'Ⓧ';

/** A term of the list can be a phrase (`VS Code`): those are taken out as a whole first. */
const PHRASES = KEPT_TERMS.filter((t) => /\s/.test(t));
const WORDS = new Set(KEPT_TERMS.filter((t) => !/\s/.test(t)));

/** The text with what stays as written taken out: code, quotes, markers, links, section names, paths. */
function prose(text: string): string {
  let t = text;
  for (const p of PHRASES) t = t.split(p).join(HOLE);
  t = t
    .replace(/^> .*$/gm, HOLE) // the admin's own comments, quoted in a hover
    .replace(/```[\s\S]*?```/g, HOLE)
    .replace(/`[^`]*`/g, HOLE)
    .replace(/⟦[^⟧]*⟧/g, HOLE)
    .replace(/\{\w+\}|\$\{\w+\}|%[\w.]+%/g, HOLE)
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>\n]*>/g, HOLE)
    .replace(/(?:https?|file|command):\/\/\S+/g, HOLE)
    .replace(/\bsips?:[^\s，。；）]*/g, HOLE) // SIP URIs
    .replace(/(^|\s)--?[A-Za-z][\w-]*/g, `$1${HOLE}`) // command-line flags
    .replace(/#(?:include|tryinclude|exec)\b/g, HOLE) // directives
    .replace(/\b[\w-]+=[^\s，。；）]*/g, HOLE) // option=value
    .replace(/"[^"\n]*"/g, HOLE)
    .replace(/'[^'\n]*'/g, HOLE)
    .replace(/\[[^\]\n]*\]/g, HOLE)
    .replace(/<[^>\n]*>/g, HOLE)
    .replace(/编解码器[（(]codec[）)]/g, '编解码器')
    // a value shape: words glued to brackets, @, :, = (`address[/mask]`, `mailbox@context`, `name:value`, `App(args)`)
    .replace(/[\w.-]*[[\]@:=(][\w.[\]@:=()/;|-]*/g, (m) => (/[A-Za-z]/.test(m) ? HOLE : m));
  return t;
}

/** Names a text may hold as plain words too: option, type and value names, codecs, rule ids (lower case). */
export type Names = ReadonlySet<string>;

/** What is wrong with one text; empty when nothing is. */
export function glossaryProblems(text: string, names: Names): string[] {
  const out: string[] = [];
  const t = prose(text);
  const latin = new Set<string>();
  for (const m of t.matchAll(/(?<![A-Za-z0-9_Ⓧ-])[A-Za-z0-9][A-Za-z0-9_./+#*-]*/g)) {
    if (t[m.index + m[0].length] === HOLE) continue; // glued to a name or code: part of it
    const w = m[0].replace(/[.-]+$/, '');
    // codes, versions, ids and paths; acronyms and metavariables (SIP, NAME); kept terms; names
    if (w.length < 2 || /[0-9_./+#*-]/.test(w) || /^[A-Z][A-Z0-9]+s?$/.test(w)) continue;
    if (WORDS.has(w) || names.has(w.toLowerCase())) continue;
    latin.add(w);
  }
  // a text with no Chinese in it is a name or a value shape (`"Name" <number>`), not prose
  if (latin.size && new RegExp(`[${HAN}]`).test(t)) out.push(`Latin words: ${[...latin].join(', ')}`);
  // the ASCII colon after Chinese (bold markers between them count for nothing)
  if (new RegExp(`[${HAN}${PUNCT}]\\**:`).test(t)) out.push('an ASCII colon after Chinese (write ：)');
  // Markdown needs the space after `**` that closes on punctuation: `**修复：** 文本`
  // and a table keeps its cells apart with ` | `
  const spaced = t
    .replace(/^[ \t]+/gm, '') // indentation
    .replace(new RegExp(`([${PUNCT}])\\*\\* `, 'g'), '$1**')
    .replace(/\*\*/g, '')
    .replace(/[ \t]*\|[ \t]*/g, '|');
  const near = (re: RegExp) => re.exec(spaced)?.[0];
  const punct = near(new RegExp(`.?[ \\t][${PUNCT}].?|.?[${PUNCT}][ \\t].?`));
  if (punct) out.push(`a space next to Chinese punctuation: "${punct}"`);
  const between = near(new RegExp(`[${HAN}] +[${HAN}]`));
  if (between) out.push(`a space between two Chinese characters: "${between}"`);
  for (const [w, instead] of Object.entries(NOT_MAINLAND)) if (text.includes(w)) out.push(`${w}: write ${instead}`);
  return out;
}
