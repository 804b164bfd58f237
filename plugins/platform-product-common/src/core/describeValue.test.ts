import { describeValue, fieldPath } from './describeValue';

describe('describeValue', () => {
  it('quotes a short text as JSON, escaping control characters', () => {
    expect(describeValue('9 lives')).toBe('"9 lives"');
    expect(describeValue('a\u0000b')).toBe('"a\\u0000b"');
  });

  it('cuts a long text after 60 characters and says how long it was', () => {
    const text = 'x'.repeat(1_048_576);
    expect(describeValue(text)).toBe(
      `"${'x'.repeat(60)}…" (1048576 characters)`,
    );
    expect(describeValue('😀'.repeat(61))).toBe(
      `"${'😀'.repeat(60)}…" (61 characters)`,
    );
  });

  it('shows numbers, booleans and null as written', () => {
    expect(describeValue(-2)).toBe('-2');
    expect(describeValue(1.7e308)).toBe('1.7e+308');
    expect(describeValue(Infinity)).toBe('Infinity');
    expect(describeValue(false)).toBe('false');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('nothing');
  });

  it('never stringifies arrays or objects, however deep', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(describeValue(deep)).toBe('an array');
    expect(describeValue({ a: 'x'.repeat(1_000_000) })).toBe('an object');
  });
});

describe('fieldPath', () => {
  it('writes indexes, identifiers and other keys as messages name them', () => {
    expect(fieldPath('points', 3)).toBe('points[3]');
    expect(fieldPath('labels', 'region')).toBe('labels.region');
    expect(fieldPath('mix', 'new-capability')).toBe('mix.new-capability');
    expect(fieldPath('labels', 'a b')).toBe('labels["a b"]');
    expect(fieldPath('labels', 'k'.repeat(41))).toBe(
      `labels["${'k'.repeat(40)}…" (41 characters)]`,
    );
  });
});
