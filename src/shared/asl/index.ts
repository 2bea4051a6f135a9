export * from './types';
export * from './pointer';
export * from './lines';
export * from './parse';
export * from './print';
