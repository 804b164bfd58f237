/**
 * Types, metadata schemas, validation and pure computations shared by the Platform Product plugins.
 *
 * @packageDocumentation
 */

export * from './core';
export * from './catalog';
export * from './slos';
export * from './adoption';
export * from './scorecards';
export * from './surveys';
export * from './deprecations';
export * from './roadmap';
export * from './feedback';
export * from './objectives';
export * from './announcements';
export * from './entityCard';
export * from './portfolio';
export * from './groups';
export * from './dataSources';
export * from './api';
export * from './search';
