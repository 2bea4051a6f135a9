/** Converts text offsets to 1-based line and column numbers (and back). */
export class LineIndex {
  // Where each line starts; found on first use (a text that is never located never pays), in a
  // typed array, which the collector does not trace.
  private starts: Int32Array | undefined;

  constructor(readonly text: string) {}

  /**
   * Takes the line starts a scan already found (the first `count` entries of `starts`), when the
   * index was not built yet: they must be every line start of the text.
   */
  adopt(starts: Int32Array, count: number): void {
    this.starts ??= starts.subarray(0, count);
  }

  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    const text = this.text;
    // indexOf finds each newline far faster than testing every character.
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      starts[line++] = i + 1;
    return (this.starts = starts);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const starts = this.lineStarts();
    const start = starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
    return start + column - 1;
  }
}
