import type { AdoptionStage } from '@platform-product/backstage-plugin-platform-product-common';

const labels: Record<AdoptionStage, string> = {
  innovators: 'Innovators',
  'early-adopters': 'Early adopters',
  'early-majority': 'Early majority',
  'late-majority': 'Late majority',
  laggards: 'Laggards',
};

/** The stage of Rogers' curve as people write it, "Early majority"; "—" without an audience. */
export function adoptionStageLabel(stage: AdoptionStage | null): string {
  return stage ? labels[stage] : '—';
}
