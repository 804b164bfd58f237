import {
  parseAdoptionHistoryCsv,
  validateAdoptionHistory,
} from './adoptionHistory';

const TODAY = '2026-12-01';

describe('parseAdoptionHistoryCsv', () => {
  it('reads the figures, in any column order, org optional and normalised', () => {
    const parsed = parseAdoptionHistoryCsv(
      'audience_teams,day,adopting_teams,org\r\n20,2026-01-01,4,\r\n5,2026-01-01,2,Commerce\r\n\r\n',
      TODAY,
    );
    expect(parsed).toEqual({
      ok: true,
      points: [
        { day: '2026-01-01', adoptingTeams: 4, audienceTeams: 20 },
        {
          day: '2026-01-01',
          adoptingTeams: 2,
          audienceTeams: 5,
          orgRef: 'group:default/commerce',
        },
      ],
    });
  });

  it('names the line and the field of every bad figure', () => {
    const parsed = parseAdoptionHistoryCsv(
      [
        'day,adopting_teams,audience_teams',
        '2026-02-30,1,2',
        '2026-01-02,three,4',
        '2026-01-03,5,4',
        '2026-12-01,1,2',
        '2026-01-05,1,2,extra',
        '2026-01-06,1,2',
        '2026-01-06,1,3',
      ].join('\n'),
      TODAY,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(p => [p.line, p.field])).toEqual([
      [2, 'day'],
      [3, 'adopting_teams'],
      [4, 'adopting_teams'],
      [5, 'day'],
      [6, ''],
      [8, 'day'],
    ]);
    expect(parsed.problems[1].message).toBe(
      'must be a whole number of zero or more — got "three"',
    );
    expect(parsed.problems[3].message).toMatch(/before today \(2026-12-01\)/);
    expect(parsed.problems[5].message).toMatch(
      /given twice \(first on line 7\)/,
    );
  });

  it('refuses a header that does not name the columns', () => {
    const parsed = parseAdoptionHistoryCsv(
      'date,adopting,audience\n2026-01-01,1,2',
      TODAY,
    );
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ line: 1, field: 'header' }],
    });
  });
});

describe('validateAdoptionHistory', () => {
  it('takes a list of figures', () => {
    expect(
      validateAdoptionHistory(
        [{ day: '2026-01-01', adoptingTeams: 0, audienceTeams: 0 }],
        TODAY,
      ),
    ).toEqual({
      ok: true,
      points: [{ day: '2026-01-01', adoptingTeams: 0, audienceTeams: 0 }],
    });
  });

  it.each([
    [null, 0, 'points'],
    [[], 0, 'points'],
    [['x'], 1, ''],
    [
      [{ day: '2026-01-01', adoptingTeams: 1.5, audienceTeams: 2 }],
      1,
      'adoptingTeams',
    ],
    [
      [
        {
          day: '2026-01-01',
          adoptingTeams: 1,
          audienceTeams: 2,
          orgRef: 'user:default/x',
        },
      ],
      1,
      'orgRef',
    ],
    [
      [{ day: '2026-01-01', adoptingTeams: 1, audienceTeams: 2, orgRef: 7 }],
      1,
      'orgRef',
    ],
  ])('refuses %j, naming line %p and field %p', (points, line, field) => {
    const parsed = validateAdoptionHistory(points, TODAY);
    expect(parsed).toMatchObject({ ok: false, problems: [{ line, field }] });
  });
});
