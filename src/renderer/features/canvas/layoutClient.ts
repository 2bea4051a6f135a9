import type { LayoutInput, LayoutResult } from '../../../shared/graph/layout';
import LayoutWorker from './layout.worker?worker';

let worker: Worker | undefined;
let nextRequest = 1;
const pending = new Map<number, { resolve(r: LayoutResult): void; reject(e: Error): void }>();

/** Lays a graph out in the layout worker; concurrent requests each get their own answer. */
export function requestLayout(input: LayoutInput): Promise<LayoutResult> {
  if (!worker) {
    worker = new LayoutWorker();
    worker.onmessage = (
      event: MessageEvent<{ request: number; result?: LayoutResult; error?: string }>,
    ) => {
      const p = pending.get(event.data.request);
      pending.delete(event.data.request);
      if (!p) return;
      if (event.data.result) p.resolve(event.data.result);
      else p.reject(new Error(event.data.error ?? 'layout failed'));
    };
  }
  const request = nextRequest++;
  const { signature, scopes, containers } = input;
  return new Promise((resolve, reject) => {
    pending.set(request, { resolve, reject });
    worker!.postMessage({ request, signature, scopes, containers });
  });
}
