import { portfolioCsv, PORTFOLIO_CSV_COLUMNS } from './portfolioCsv';
import { portfolioRow } from './portfolioRows';
import type { Portfolio } from './types';

describe('portfolioCsv', () => {
  const row = portfolioRow({
    platform: {
      platformRef: 'system:default/evil',
      title: '=HYPERLINK("http://x","click")',
      category: '+delivery',
      ownerRefs: ['group:default/a', 'group:default/b'],
    },
    snapshot: {
      platformRef: 'system:default/evil',
      day: '2026-11-30',
      source: 'imported',
      adoption: { adopting: 3, audience: 4 },
      services: null,
      nps: {
        value: -12,
        responses: 25,
        marginOfError: 18.5,
        closedOn: '2026-11-15',
      },
      reliability: null,
      supportTicketsPer100Users: null,
      costPerService: 410,
      deprecationDebt: { deprecations: 1, consumers: 4, violations: 1 },
      objectives: null,
      capacityUnlockedHoursPerMonth: 36,
      investment: null,
      orgs: {},
      teams: null,
    },
    history: [],
    daysBefore: () => '2026-01-01',
  });
  const portfolio = { asOf: '2026-12-01', rows: [row] } as unknown as Portfolio;
  const [header, line, end] = portfolioCsv(portfolio).split('\r\n');

  it('writes the header and one line per row, ending with a line break', () => {
    expect(header.split(',')).toEqual([...PORTFOLIO_CSV_COLUMNS]);
    expect(end).toBe('');
  });

  it('guards text cells against formula injection and keeps numbers as numbers', () => {
    expect(
      line.startsWith(
        '2026-12-01,system:default/evil,"\'=HYPERLINK(""http://x"",""click"")",\'+delivery,group:default/a group:default/b,2026-11-30,imported,3,4,0.75,late-majority',
      ),
    ).toBe(true);
    const cells = line.split(',');
    expect(cells).toContain('-12');
    expect(cells).toContain('410');
  });
});
