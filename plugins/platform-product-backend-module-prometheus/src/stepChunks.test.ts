import { stepChunks } from './stepChunks';

describe('stepChunks', () => {
  it('keeps a range of at most 10,000 steps whole', () => {
    expect(stepChunks(0, 300 * 9_999, 300)).toEqual([
      { start: 0, end: 300 * 9_999 },
    ]);
  });

  it('splits a longer range into consecutive chunks that cover every step once', () => {
    const chunks = stepChunks(100, 100 + 15 * 25_000, 15);
    expect(chunks).toEqual([
      { start: 100, end: 100 + 15 * 9_999 },
      { start: 100 + 15 * 10_000, end: 100 + 15 * 19_999 },
      { start: 100 + 15 * 20_000, end: 100 + 15 * 25_000 },
    ]);
  });

  it('ends at the last step at or before the end', () => {
    expect(stepChunks(0, 700, 300, 2)).toEqual([
      { start: 0, end: 300 },
      { start: 600, end: 600 },
    ]);
  });
});
