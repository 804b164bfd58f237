import { render, screen } from '@testing-library/react';
import type { AdoptionTrendPoint } from '@platform-product/backstage-plugin-platform-product-common';
import { AdoptionTrendChart } from './AdoptionTrendChart';

const point = (
  day: string,
  adopting: number,
  source: AdoptionTrendPoint['source'],
): AdoptionTrendPoint => ({
  day,
  adoptingTeams: adopting,
  audienceTeams: 20,
  ratio: adopting / 20,
  adoptingServices: source === 'live' ? adopting * 3 : null,
  totalServices: source === 'live' ? 60 : null,
  source,
});

describe('AdoptionTrendChart', () => {
  it('says which figures were imported from earlier records', () => {
    render(
      <AdoptionTrendChart
        trend={[
          point('2026-10-01', 5, 'imported'),
          point('2026-11-01', 6, 'imported'),
          point('2026-12-01', 7, 'live'),
        ]}
      />,
    );
    expect(
      screen.getByText(
        'From 25 % of teams (5 of 20, imported) on 2026-10-01 to 35 % (7 of 20) on 2026-12-01. Dashed: figures imported from earlier records, not snapshots taken on the day.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing of imports when every figure is a live snapshot', () => {
    render(
      <AdoptionTrendChart
        trend={[point('2026-11-30', 6, 'live'), point('2026-12-01', 7, 'live')]}
      />,
    );
    expect(
      screen.getByText(
        'From 30 % of teams (6 of 20) on 2026-11-30 to 35 % (7 of 20) on 2026-12-01.',
      ),
    ).toBeInTheDocument();
  });
});
