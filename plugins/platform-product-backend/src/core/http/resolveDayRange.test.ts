import { InputError } from '@backstage/errors';
import { resolveDayRange } from './resolveDayRange';

const now = Date.parse('2026-03-10T23:59:00Z');

describe('resolveDayRange', () => {
  it('defaults to the 30 days before today (UTC)', () => {
    expect(resolveDayRange({ now })).toEqual({
      fromDay: '2026-02-08',
      toDay: '2026-03-10',
    });
    expect(resolveDayRange({ to: '2026-01-31', now })).toEqual({
      fromDay: '2026-01-01',
      toDay: '2026-01-31',
    });
  });

  it.each([
    [
      { from: '2026-02-30' },
      'from must be a date written YYYY-MM-DD — got "2026-02-30"',
    ],
    [
      { to: '2026-13-01' },
      'to must be a date written YYYY-MM-DD — got "2026-13-01"',
    ],
    [
      { from: '2026-03-10', to: '2026-03-01' },
      'from must be on or before to — got from=2026-03-10 and to=2026-03-01; swap them',
    ],
    [
      { from: '2020-01-01', to: '2026-01-01' },
      'from and to may span at most 731 days — got 2193 (2020-01-01 to 2026-01-01); ask for a shorter range',
    ],
  ])('refuses %p', (query, message) => {
    expect(() => resolveDayRange({ ...query, now })).toThrow(
      new InputError(message),
    );
  });
});
