export * from './adoption';
export * from './capacity';
