import type {
  RoadmapCategory,
  RoadmapHorizon,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';

/** The column titles of the board. */
export const HORIZON_LABELS: Record<RoadmapHorizon, string> = {
  now: 'Now',
  next: 'Next',
  later: 'Later',
};

/** How investment categories read in the UI. */
export const CATEGORY_LABELS: Record<RoadmapCategory, string> = {
  'new-capability': 'New capability',
  reliability: 'Reliability',
  cost: 'Cost',
  'developer-experience': 'Developer experience',
  unplanned: 'Unplanned',
};

/** How outcome review answers read in the UI. */
export const OUTCOME_LABELS: Record<RoadmapOutcome, string> = {
  held: 'The hypothesis held',
  partly: 'It partly held',
  'did-not-hold': 'It did not hold',
};

/** `persona:default/sre-oncall` → `sre-oncall`. */
export function personaName(ref: string): string {
  return ref.replace(/^persona:/, '').replace(/^default\//, '');
}
