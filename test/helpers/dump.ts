/** A readable dump of a syntax tree, for golden files: one block per line, tokens with their text. */
import { lineTokens, type SyntaxTree } from '../../server/src/syntax';

export function dumpTree(tree: SyntaxTree): string {
  const out: string[] = [];
  for (let i = 0; i < tree.lines.length; i++) {
    const l = tree.lines[i];
    const bits = [`L${i + 1} ${l.kind} @${tree.lineStarts[i]}+${l.length}`];
    if (l.depthIn || l.depthOut) bits.push(`depth ${l.depthIn}->${l.depthOut}`);
    if (l.loneCr) bits.push('lone-cr');
    if (l.badEscape) bits.push('bad-escape');
    if (l.section) {
      const s = l.section;
      bits.push(
        `name=${JSON.stringify(s.name)}${s.close < 0 ? ' unclosed' : ''}${s.lparen >= 0 && s.rparen < 0 ? ' unclosed-list' : ''}`,
      );
      if (s.items.length)
        bits.push(`items=[${s.items.map((it) => `${it.kind}:${JSON.stringify(it.text)}`).join(', ')}]`);
      if (s.trailingStart >= 0) bits.push('trailing');
    }
    if (l.assignment)
      bits.push(
        `key=${JSON.stringify(l.assignment.key)} op=${l.assignment.op} value=${JSON.stringify(l.assignment.value)}`,
      );
    if (l.directive) bits.push(`directive=${JSON.stringify(l.directive.name)} arg=${JSON.stringify(l.directive.arg)}`);
    out.push(bits.join(' '));
    for (const t of lineTokens(tree, i))
      out.push(`  ${t.kind} ${JSON.stringify(tree.text.slice(t.offset, t.offset + t.length))}`);
  }
  return out.join('\n') + '\n';
}
