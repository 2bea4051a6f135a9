/**
 * The canvas graph: `buildGraph(definition)` gives nodes (states, branch/processor groups, start
 * and end markers) and edges (Next, choice rules with their condition, Default, Catch, End), and
 * never throws on a half-typed definition. `layoutGraph(graph, elk)` lays it out top to bottom
 * with ELK; pass any ELK instance, e.g. in the renderer one backed by a Web Worker:
 *
 *   import ELK from 'elkjs/lib/elk-api';
 *   const elk = new ELK({ workerFactory: () => new Worker(new URL('elkjs/lib/elk-worker.min.js', import.meta.url)) });
 *
 * and in tests `new (await import('elkjs/lib/elk.bundled.js')).default()`. `createLayoutCache`
 * re-lays out only when `structureKey(graph)` changes.
 */
export * from './types';
export * from './buildGraph';
export * from './conditionLabel';
export * from './nodeSize';
export * from './elkEdges';
export * from './layoutGraph';
