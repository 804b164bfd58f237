import { InputError } from '@backstage/errors';
import { versionOf } from './versionOf';

describe('versionOf', () => {
  it('reads If-Match in its ETag forms, or the body', () => {
    expect(versionOf(undefined, '"3"')).toBe(3);
    expect(versionOf(undefined, 'W/"3"')).toBe(3);
    expect(versionOf(undefined, '3')).toBe(3);
    expect(versionOf({ version: 0 }, undefined)).toBe(0);
    expect(versionOf({ version: 2 }, '"2"')).toBe(2);
  });

  it.each<[unknown, string | undefined, string]>([
    [
      { version: -1 },
      undefined,
      'version must be the whole number of the version of the item you read (0 or more) — got -1',
    ],
    [
      { version: 1.5 },
      undefined,
      'version must be the whole number of the version of the item you read (0 or more) — got 1.5',
    ],
    [
      { version: [[['3']]] },
      undefined,
      'version must be the whole number of the version of the item you read (0 or more) — got an array',
    ],
    [
      undefined,
      '"-1"',
      'If-Match must be the ETag of the item, e.g. "3" — got "-1"',
    ],
    [
      undefined,
      'x'.repeat(1_000_000),
      `If-Match must be the ETag of the item, e.g. "3" — got ${'x'.repeat(
        40,
      )}…`,
    ],
    [
      { version: 2 },
      '"3"',
      'version 2 in the body and If-Match "3" disagree; send one version',
    ],
    [
      {},
      undefined,
      'If-Match is required: send the ETag of the item you read (or the body field version), so that a change made meanwhile is not overwritten',
    ],
  ])('refuses %p with If-Match %p as a 400', (body, ifMatch, message) => {
    expect(() => versionOf(body, ifMatch)).toThrow(new InputError(message));
  });
});
