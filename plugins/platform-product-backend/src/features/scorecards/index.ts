/**
 * Platform scorecards: every KPI measured and graded against its target, with its daily history,
 * and the daily snapshot task that records adoption and the KPIs.
 *
 * @packageDocumentation
 */

export { ScorecardService } from './ScorecardService';
export type { KpiValues } from './ScorecardService';
export { SnapshotService } from './SnapshotService';
export { registerScorecardRoutes } from './routes';
export { scorecardTasks } from './tasks';
