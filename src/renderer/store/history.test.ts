import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo, TYPING_GROUP_MS } from './history';

const entry = (text: string) => ({ text, selection: [] });

describe('history', () => {
  it('undoes and redoes canvas edits one at a time', () => {
    let h = record(emptyHistory(), entry('a'), 'canvas', 1000);
    h = record(h, entry('b'), 'canvas', 1001);
    const u1 = undo(h, entry('c'))!;
    expect(u1.entry.text).toBe('b');
    const u2 = undo(u1.history, u1.entry)!;
    expect(u2.entry.text).toBe('a');
    expect(undo(u2.history, u2.entry)).toBeUndefined();
    const r1 = redo(u2.history, u2.entry)!;
    expect(r1.entry.text).toBe('b');
    const r2 = redo(r1.history, r1.entry)!;
    expect(r2.entry.text).toBe('c');
    expect(redo(r2.history, r2.entry)).toBeUndefined();
  });

  it('groups quick typing into one step, but not typing after a pause or another view', () => {
    let h = record(emptyHistory(), entry('a'), 'code', 1000);
    h = record(h, entry('ab'), 'code', 1000 + TYPING_GROUP_MS / 2);
    expect(h.past.map((e) => e.text)).toEqual(['a']);
    h = record(h, entry('abc'), 'code', 1000 + TYPING_GROUP_MS * 3);
    h = record(h, entry('abcd'), 'canvas', 1000 + TYPING_GROUP_MS * 3 + 1);
    h = record(h, entry('abcde'), 'code', 1000 + TYPING_GROUP_MS * 3 + 2);
    expect(h.past.map((e) => e.text)).toEqual(['a', 'abc', 'abcd', 'abcde']);
  });

  it('drops the redo branch on a new change, and ignores changes made by undo itself', () => {
    let h = record(emptyHistory(), entry('a'), 'canvas', 1);
    const u = undo(h, entry('b'))!;
    h = record(u.history, entry('a'), 'history', 2);
    expect(h.future).toHaveLength(1);
    h = record(h, entry('a'), 'inspector', 3);
    expect(h.future).toHaveLength(0);
  });
});
