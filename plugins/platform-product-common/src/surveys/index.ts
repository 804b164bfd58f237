export * from './types';
export * from './surveyCadence';
export * from './surveyResults';
export * from './surveyCsv';
