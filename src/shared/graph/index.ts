/**
 * The canvas graph, without React or the DOM: `buildFlowGraph(definition)` gives the nodes
 * (states, branch/processor frames, start and end markers) and edges (Next, choice rules with
 * their condition, Default, Catch, End) of a definition, and never throws on a half-typed one.
 * `layoutFlow(graph, elk)` lays it out top to bottom with ELK, one scope at a time, with a route
 * for every edge; pass any ELK instance (the renderer's runs in a worker, tests use the bundled
 * one). `routePath` turns a route into the SVG path the canvas draws.
 */
export * from './types';
export * from './flowGraph';
export * from './layout';
export * from './scopeLayoutCache';
export * from './routePath';
export * from './dropTarget';
export * from './describe';
export * from './conditionLabel';
