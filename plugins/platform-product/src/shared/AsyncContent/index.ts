export { AsyncContent } from './AsyncContent';
