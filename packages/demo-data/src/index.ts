export {
  generateDemoMetrics,
  DEMO_LABELS,
  DEMO_HISTORY_DAYS,
} from './generateDemoMetrics';
export { unitHash } from './demoShapes';
export { DEMO_PROFILES } from './demoProfiles';
export { loadExampleEntities } from './loadExampleEntities';
export { pushMetrics, waitForBackend, MAX_BATCH } from './pushMetrics';
