import { render, screen } from '@testing-library/react';
import { Sparkline } from './Sparkline';

describe('Sparkline', () => {
  it("is an image named by its title, with each day's values as a tooltip", () => {
    const { container } = render(
      <Sparkline
        title="Daily history of Adoption"
        width={120}
        height={32}
        rows={[
          { day: '2026-01-01', value: 0.5, imported: 0.4 },
          { day: '2026-01-02', value: null },
          { day: '2026-01-03', value: 0.75 },
        ]}
        lines={[
          { key: 'value', name: 'Adoption' },
          { key: 'imported', name: 'Imported', dashed: true },
        ]}
        domain={[0, 1]}
        reference={0.6}
        formatValue={value => `${Math.round(value * 100)} %`}
      />,
    );
    expect(
      screen.getByRole('img', { name: 'Daily history of Adoption' }),
    ).toBeInTheDocument();
    const tooltips = [...container.querySelectorAll('rect > title')].map(
      title => title.textContent,
    );
    expect(tooltips).toEqual([
      '2026-01-01: Adoption 50 %, Imported 40 %',
      '2026-01-02: no data',
      '2026-01-03: Adoption 75 %',
    ]);
    expect(container.querySelector('line')).toHaveAttribute(
      'stroke-dasharray',
      '3 3',
    );
    const imported = container.querySelector('[data-line="imported"]');
    expect(imported?.querySelector('circle')).not.toBeNull();
  });
});
