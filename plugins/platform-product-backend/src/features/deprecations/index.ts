/**
 * Deprecations of catalog entities: their consumers from the catalog graph, the burn-down and the
 * debt of a platform, exceptions that owners request and decide, and reminders sent once.
 *
 * @packageDocumentation
 */

export {
  createDeprecationServices,
  readDeprecationSettings,
} from './createDeprecationServices';
export type { DeprecationSettings } from './createDeprecationServices';
export type { DeprecationService } from './DeprecationService';
export type { DeprecationExceptionService } from './DeprecationExceptionService';
export { DeprecationStore } from './DeprecationStore';
export { registerDeprecationRoutes } from './routes';
export { deprecationTasks } from './tasks';
