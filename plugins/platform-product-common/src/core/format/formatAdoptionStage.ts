import type { AdoptionStage } from '../../adoption/adoptionStage';

const LABELS: Record<AdoptionStage, string> = {
  innovators: 'Innovators',
  'early-adopters': 'Early adopters',
  'early-majority': 'Early majority',
  'late-majority': 'Late majority',
  laggards: 'Laggards',
};

/**
 * The stage of Rogers' curve as people write it, "Early majority"; "—" without an audience.
 *
 * @param stage - the stage, `null` when the audience is empty
 * @public
 */
export function formatAdoptionStage(stage: AdoptionStage | null): string {
  return stage ? LABELS[stage] : '—';
}
