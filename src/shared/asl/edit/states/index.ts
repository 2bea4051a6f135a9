export * from './via';
export * from './scope';
export * from './names';
export * from './templates';
export * from './stateValue';
export * from './transitions';
export * from './detach';
export * from './operations';
