import { formatAdoptionStage } from './formatAdoptionStage';

describe('formatAdoptionStage', () => {
  it.each([
    ['innovators', 'Innovators'],
    ['early-adopters', 'Early adopters'],
    ['early-majority', 'Early majority'],
    ['late-majority', 'Late majority'],
    ['laggards', 'Laggards'],
  ] as const)('writes %s as %s', (stage, label) => {
    expect(formatAdoptionStage(stage)).toBe(label);
  });

  it('writes a dash without an audience', () => {
    expect(formatAdoptionStage(null)).toBe('—');
  });
});
