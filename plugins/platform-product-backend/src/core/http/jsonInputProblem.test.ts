import {
  formatPath,
  jsonInputProblem,
  MAX_JSON_DEPTH,
} from './jsonInputProblem';

/** `{ "a": [[…]] }` with `depth` levels in all, the top-level object included. */
const nestedTo = (depth: number) => {
  let value: unknown = [];
  for (let level = 2; level < depth; level++) value = [value];
  return { a: value };
};

describe('jsonInputProblem', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and refuses ${
    MAX_JSON_DEPTH + 1
  }`, () => {
    expect(jsonInputProblem(nestedTo(MAX_JSON_DEPTH), 'body')).toBeUndefined();
    expect(jsonInputProblem(nestedTo(MAX_JSON_DEPTH + 1), 'body')).toBe(
      'body.a[0][0][0][0][0][0][0]… is nested more than 32 levels deep; a request may nest arrays and objects at most 32 levels deep',
    );
  });

  it('walks 20,000 levels and a million items without recursion', () => {
    expect(jsonInputProblem(nestedTo(20_000), 'body')).toMatch(
      /nested more than 32 levels deep/,
    );
    const wide = { items: Array.from({ length: 1_000_000 }, (_, i) => i) };
    expect(jsonInputProblem(wide, 'body')).toBeUndefined();
  });

  it('names the first text that holds a control character, in values and keys', () => {
    expect(
      jsonInputProblem(
        {
          points: [{ labels: { ok: 'x' } }, { labels: { region: 'eu\u0000' } }],
        },
        'body',
      ),
    ).toBe(
      'body.points[1].labels.region contains a control character (U+0000) at position 3; remove it',
    );
    expect(jsonInputProblem({ mix: { 'co\u0007st': 1 } }, 'body')).toBe(
      'a key of body.mix contains a control character (U+0007) at position 3; remove it',
    );
    expect(jsonInputProblem({ platform: ['a', '\u0000'] }, 'query')).toBe(
      'query.platform[1] contains a control character (U+0000) at position 1; remove it',
    );
    expect(jsonInputProblem('a\u0000', 'body')).toBe(
      'body contains a control character (U+0000) at position 2; remove it',
    );
  });

  it('accepts tabs, line breaks and any printable text', () => {
    expect(
      jsonInputProblem(
        { text: 'a\tb\r\nc 😀', n: 1, b: true, z: null },
        'body',
      ),
    ).toBeUndefined();
  });
});

describe('formatPath', () => {
  it('quotes keys that are not short identifiers, bounded', () => {
    expect(formatPath('body', ['labels', 'a b', 0])).toBe(
      'body.labels["a b"][0]',
    );
    expect(formatPath('body', ['k'.repeat(100)])).toBe(
      `body["${'k'.repeat(40)}…" (100 characters)]`,
    );
  });
});
