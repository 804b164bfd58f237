export * from './formatValues';
