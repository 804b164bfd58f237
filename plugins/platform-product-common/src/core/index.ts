export * from './constants';
export * from './duration';
export * from './refs';
export * from './median';
export * from './utcDays';
export * from './metrics';
export * from './permissions';
export * from './format';
