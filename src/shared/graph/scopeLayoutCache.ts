import type { ElkGraph } from './layout';
import type { EdgeRoute } from './types';

/** What ELK decided for one scope: where its nodes go, how its edges run, how big it came out. */
export interface ScopeLayout {
  positions: Record<string, { x: number; y: number }>;
  /** Relative to the scope, like the positions. */
  routes: Record<string, EdgeRoute>;
  width: number;
  height: number;
}

/**
 * Remembers ELK's answer per scope graph, so a re-layout after an edit only pays for the scopes
 * that changed. ELK is deterministic, so the same graph always gets the same answer; and most of
 * its cost at 500 states is per call (about 4 ms for a two-state branch), so the unchanged
 * branches and processors were most of every re-layout. The oldest entries go first past `limit`.
 */
export class ScopeLayoutCache {
  private readonly entries = new Map<string, ScopeLayout>();

  constructor(private readonly limit = 4000) {}

  /** The key of a graph: everything ELK reads from it. */
  static keyOf(graph: ElkGraph): string {
    return JSON.stringify(graph);
  }

  /** The remembered layout for `key`, freshened so it is evicted last. */
  get(key: string): ScopeLayout | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Remembers a layout, dropping the least recently used past the limit. */
  set(key: string, layout: ScopeLayout): void {
    this.entries.delete(key);
    this.entries.set(key, layout);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** How many layouts are remembered. */
  get size(): number {
    return this.entries.size;
  }
}
