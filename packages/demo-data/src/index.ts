export {
  generateDemoMetrics,
  unitHash,
  DEMO_LABELS,
  DEMO_HISTORY_DAYS,
} from './generateDemoMetrics';
export { DEMO_PROFILES } from './demoProfiles';
export { loadExampleEntities } from './loadExampleEntities';
export { pushMetrics, waitForBackend, MAX_BATCH } from './pushMetrics';
