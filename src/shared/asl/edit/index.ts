export * from './textEdit';
export * from './editError';
export * from './lineDiff';
export * from './session';
export * from './primitives';
export * from './states';
