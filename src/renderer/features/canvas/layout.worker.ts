/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutFlow, type ElkLike, type LayoutInput } from './layout';

// ELK lays out 500 chained states in ~0.6 s: far too long for the UI thread.
const elk = new ELK() as unknown as ElkLike;

self.onmessage = async (event: MessageEvent<LayoutInput & { request: number }>) => {
  const { request, ...input } = event.data;
  try {
    const result = await layoutFlow(input, elk);
    self.postMessage({ request, result });
  } catch (e) {
    self.postMessage({ request, error: String(e) });
  }
};
