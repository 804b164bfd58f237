/**
 * Types, metadata schemas, validation and pure computations shared by the Platform Product plugins.
 *
 * @packageDocumentation
 */

export * from './model/constants';
export * from './model/types';
export * from './model/duration';
export * from './model/utcDays';
export * from './model/metadataSchemas';
export * from './model/validateMetadata';
export * from './model/platformEntity';
export * from './computations';
export * from './format/formatValues';
export * from './model/metrics';
export * from './api/types';
export * from './permissions/permissions';
export * from './roadmap';
export * from './surveys';
export * from './objectives/types';
export * from './objectives/keyResultProgress';
export * from './objectives/validateObjectiveInput';
export * from './announcements/types';
export * from './announcements/announcementRelevance';
export * from './announcements/findUnsafeMarkdown';
export * from './announcements/validateAnnouncementInput';
export * from './deprecations';
export * from './objectives/aggregateSeries';
export * from './objectives/formatKeyResultValue';
export * from './entityCard/types';
