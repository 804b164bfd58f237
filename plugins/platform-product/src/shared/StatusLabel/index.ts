export { StatusLabel } from './StatusLabel';
export type { StatusTone } from './StatusLabel';
export { SloHealthLabel } from './SloHealthLabel';
export { KpiStatusLabel } from './KpiStatusLabel';
export { AlertStateLabel } from './AlertStateLabel';
