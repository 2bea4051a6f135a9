/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutFlow, type ElkLike, type LayoutInput } from '../../../shared/graph/layout';
import { ScopeLayoutCache } from '../../../shared/graph/scopeLayoutCache';

// ELK lays out 500 chained states in ~0.6 s: far too long for the UI thread.
const elk = new ELK() as unknown as ElkLike;
// Unchanged branches and processors keep their layout across edits (see ScopeLayoutCache).
const cache = new ScopeLayoutCache();

self.onmessage = async (event: MessageEvent<LayoutInput & { request: number }>) => {
  const { request, ...input } = event.data;
  try {
    const result = await layoutFlow(input, elk, cache);
    self.postMessage({ request, result });
  } catch (e) {
    self.postMessage({ request, error: String(e) });
  }
};
