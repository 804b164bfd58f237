export * from './types';
export * from './nps';
export * from './surveyCadence';
export * from './surveyResults';
export * from './surveyCsv';
