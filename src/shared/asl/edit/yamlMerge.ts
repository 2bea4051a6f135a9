import { matchLines, splitLines } from './lineDiff';

/**
 * Carries a change made to a re-printed YAML document back onto the user's own text.
 *
 * `before` is the user's text, `printedBefore` the same document re-printed by the yaml library
 * before the change and `printedAfter` after it. Lines equal in all three anchor the texts
 * together; between two anchors, where the re-print changed nothing, the user's own lines stay
 * (their spacing and quoting), and only regions the change touched take the re-printed lines.
 */
export function mergeYamlChange(
  before: string,
  printedBefore: string,
  printedAfter: string,
): string {
  if (before === printedBefore) return printedAfter;
  const a = splitLines(before);
  const r0 = splitLines(printedBefore);
  const r1 = splitLines(printedAfter);
  const r0ToA = new Map<number, number>();
  for (const [x, y] of matchLines(a, r0)) r0ToA.set(y, x);
  const anchors: Array<[number, number, number]> = [];
  for (const [x, y] of matchLines(r0, r1)) {
    const inA = r0ToA.get(x);
    if (inA !== undefined) anchors.push([inA, x, y]);
  }
  anchors.push([a.length, r0.length, r1.length]);
  let out = '';
  let prev: [number, number, number] = [-1, -1, -1];
  for (const anchor of anchors) {
    const gapR0 = r0.slice(prev[1] + 1, anchor[1]).join('');
    const gapR1 = r1.slice(prev[2] + 1, anchor[2]).join('');
    out += gapR0 === gapR1 ? a.slice(prev[0] + 1, anchor[0]).join('') : gapR1;
    if (anchor[0] < a.length) out += a[anchor[0]];
    prev = anchor;
  }
  return out;
}
