export * from './types';
export * from './buildGraph';
export * from './conditionLabel';
export * from './nodeSize';
export * from './elkEdges';
export * from './layoutGraph';
