/** A source of numbers in [0, 1); seeded so jitter and random intrinsics replay exactly. */
export type RandomSource = () => number;

/** A seeded pseudo-random source (mulberry32): small, fast and the same on every platform. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
