export { EntityDeprecationContent } from './EntityDeprecationContent';
