import fc from 'fast-check';
import { compareRanked, rankBetween, rankSequence } from './rank';

describe('rankBetween', () => {
  it('places a first item, and items above and below others', () => {
    const first = rankBetween();
    expect(rankBetween(undefined, first) < first).toBe(true);
    expect(rankBetween(first, undefined) > first).toBe(true);
  });

  it('always lands strictly between its neighbours, however often it is squeezed', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), lefts => {
        let low = rankBetween();
        let high = rankBetween(low);
        for (const left of lefts) {
          const middle = rankBetween(low, high);
          expect(low < middle && middle < high).toBe(true);
          if (left) high = middle;
          else low = middle;
        }
      }),
    );
  });

  it('refuses neighbours in the wrong order and malformed ranks', () => {
    expect(() => rankBetween('r', 'i')).toThrow(
      "before ('r') must sort before after ('i')",
    );
    expect(() => rankBetween('a0')).toThrow(/not ending in 0/);
    expect(() => rankBetween('A')).toThrow(/digits 0-9a-z/);
  });
});

describe('rankSequence', () => {
  it('gives ascending, distinct ranks', () => {
    const ranks = rankSequence(50);
    expect([...ranks].sort()).toEqual(ranks);
    expect(new Set(ranks).size).toBe(50);
  });
});

describe('compareRanked', () => {
  it('orders by rank, then by id', () => {
    const items = [
      { rank: 'r', id: 'b' },
      { rank: 'i', id: 'z' },
      { rank: 'r', id: 'a' },
    ];
    expect([...items].sort(compareRanked)).toEqual([
      { rank: 'i', id: 'z' },
      { rank: 'r', id: 'a' },
      { rank: 'r', id: 'b' },
    ]);
  });
});
