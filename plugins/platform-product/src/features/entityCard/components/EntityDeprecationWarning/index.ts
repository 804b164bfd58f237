export { EntityDeprecationWarning } from './EntityDeprecationWarning';
export { hasDeprecationWarnings } from './hasDeprecationWarnings';
