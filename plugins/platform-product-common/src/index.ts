/**
 * Types, metadata schemas, validation and pure computations shared by the Platform Product plugins.
 *
 * @packageDocumentation
 */

export * from './model/constants';
export * from './model/types';
export * from './model/duration';
export * from './model/metadataSchemas';
export * from './model/validateMetadata';
export * from './model/platformEntity';
export * from './computations';
export * from './format/formatValues';
export * from './model/metrics';
export * from './api/types';
export * from './permissions/permissions';
