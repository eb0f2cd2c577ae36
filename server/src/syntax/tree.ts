/**
 * The parse of a text, as `parse` and `applyEdit` make it. The newest parse of a text owns its arrays of lines and
 * line starts; an edit hands them on to the parse it makes and changes them in place (a file of 100,000 lines
 * then costs no new arrays per keystroke), keeping what it replaced, so that an older parse that is read again
 * rebuilds its own arrays from the newer one (rare: readers keep the newest).
 */
import type { Line, LineChange, SyntaxTree, TextPieces } from './nodes';

/** What an older parse needs to rebuild its arrays from the parse an edit made of it. */
interface Undo {
  next: Tree;
  /** Lines `[first, first + removed.length)` of the older parse became `inserted` lines of the next one. */
  first: number;
  removed: Line[];
  removedStarts: Int32Array;
  inserted: number;
  /** Offsets after the edit moved by this much. */
  delta: number;
}

/** How many edits in a row hand their arrays on before one copies them (an older parse rebuilds through at most this many). */
export const MAX_HANDOVERS = 32;

export class Tree implements SyntaxTree {
  private ownLines: Line[] | null;
  private ownStarts: Int32Array | null;
  private undo: Undo | null = null;
  /** Edits in a row that handed their arrays on, up to this parse. */
  readonly handovers: number;

  constructor(
    readonly text: string,
    lines: Line[],
    lineStarts: Int32Array,
    readonly bom: boolean,
    readonly id: number,
    readonly pieces?: TextPieces,
    readonly changes?: readonly LineChange[],
    handovers = 0,
  ) {
    this.ownLines = lines;
    this.ownStarts = lineStarts;
    this.handovers = handovers;
  }

  get lines(): readonly Line[] {
    return this.ownLines ?? this.rebuild().ownLines!;
  }

  get lineStarts(): Int32Array {
    return this.ownStarts ?? this.rebuild().ownStarts!;
  }

  /**
   * Offset of line `i`'s start. An older parse answers through the edits since, without rebuilding its arrays: the
   * model reads the positions of its lines before an update moves them on to the new parse.
   */
  lineStart(i: number): number {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let t: Tree = this;
    let moved = 0;
    while (!t.ownStarts) {
      const u = t.undo!;
      if (i >= u.first) {
        const k = i - u.first;
        if (k < u.removed.length) return u.removedStarts[k] - moved;
        i += u.inserted - u.removed.length;
        moved += u.delta;
      }
      t = u.next;
    }
    return t.ownStarts[i] - moved;
  }

  /** Whether this parse still owns its arrays (no edit handed them on). */
  get owns(): boolean {
    return this.ownLines !== null;
  }

  /**
   * Hands this parse's arrays on to an edit: lines `[first, first + removed)` are replaced by `mid`, offsets after
   * them move by `delta`. Returns the arrays, changed; this parse keeps what it needs to rebuild its own.
   */
  handOver(
    first: number,
    removed: number,
    mid: readonly Line[],
    base: number,
    delta: number,
  ): { lines: Line[]; starts: Int32Array } {
    const lines = this.ownLines!;
    const starts = this.ownStarts!;
    const undo: Omit<Undo, 'next'> = {
      first,
      removed: lines.slice(first, first + removed),
      removedStarts: starts.slice(first, first + removed),
      inserted: mid.length,
      delta,
    };
    const n = lines.length - removed + mid.length;
    if (mid.length === removed) for (let k = 0; k < mid.length; k++) lines[first + k] = mid[k];
    else spliceLines(lines, first, removed, mid);
    const out = withLength(starts, n, first + removed, first + mid.length);
    let pos = base;
    for (let k = 0; k < mid.length; k++) {
      out[first + k] = pos;
      pos += mid[k].length;
    }
    if (delta) for (let k = first + mid.length; k < n; k++) out[k] += delta;
    this.ownLines = null;
    this.ownStarts = null;
    this.pending = undo;
    return { lines, starts: out };
  }

  /** Set by `handOver` until `handedTo` names the parse that took the arrays. */
  private pending: Omit<Undo, 'next'> | null = null;

  handedTo(next: Tree): void {
    this.undo = { ...this.pending!, next };
    this.pending = null;
  }

  /** This parse's own arrays again, rebuilt from the parses its arrays were handed on to. */
  private rebuild(): this {
    // the edits from this parse on to the first later one that still owns its arrays
    const chain: Undo[] = [this.undo!];
    while (!chain[chain.length - 1].next.ownLines) chain.push(chain[chain.length - 1].next.undo!);
    const owner = chain[chain.length - 1].next;
    let lines = owner.ownLines!.slice();
    let starts = owner.ownStarts!.slice();
    for (let i = chain.length - 1; i >= 0; i--) {
      const u = chain[i];
      const n = lines.length - u.inserted + u.removed.length;
      const older = new Int32Array(n);
      older.set(starts.subarray(0, u.first));
      older.set(u.removedStarts, u.first);
      for (let k = u.first + u.removed.length, j = u.first + u.inserted; k < n; k++, j++)
        older[k] = starts[j] - u.delta;
      lines = [...lines.slice(0, u.first), ...u.removed, ...lines.slice(u.first + u.inserted)];
      starts = older;
    }
    this.ownLines = lines;
    this.ownStarts = starts;
    this.undo = null;
    return this;
  }
}

/** `lines` with `removed` lines at `first` replaced by `mid`, in place (V8 moves the rest in one go). */
function spliceLines(lines: Line[], first: number, removed: number, mid: readonly Line[]): void {
  if (mid.length <= 4096) lines.splice(first, removed, ...mid);
  else {
    const rest = lines.slice(first + removed);
    lines.length = first;
    for (const l of mid) lines.push(l);
    for (const l of rest) lines.push(l);
  }
}

/**
 * Line starts for `n` lines: `starts` itself when the count is the same, else a view of its buffer (or of a larger
 * one) with the old entries from `tail` on moved to `to` (their values are shifted by the caller).
 */
function withLength(starts: Int32Array, n: number, tail: number, to: number): Int32Array {
  if (n === starts.length) return starts;
  const buffer = starts.buffer;
  if (n < starts.length) {
    starts.copyWithin(to, tail);
    return new Int32Array(buffer, starts.byteOffset, n);
  }
  if (starts.byteOffset + n * 4 <= buffer.byteLength) {
    const out = new Int32Array(buffer, starts.byteOffset, n);
    out.copyWithin(to, tail, starts.length);
    return out;
  }
  const out = new Int32Array(new ArrayBuffer(Math.ceil(n * 1.25 + 64) * 4), 0, n);
  out.set(starts.subarray(0, Math.min(tail, to)));
  out.set(starts.subarray(tail), to);
  return out;
}
