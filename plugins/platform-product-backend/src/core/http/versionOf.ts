import { InputError } from '@backstage/errors';
import { describeValue } from '@platform-product/backstage-plugin-platform-product-common';

/**
 * The version a write is based on, from the If-Match header (`"3"`, `W/"3"` or `3`, the ETag a read
 * answered with) or, for clients written before If-Match was accepted everywhere, the body's
 * `version`. Both must agree when both are sent.
 *
 * @param what - what is being written, for the messages (e.g. `the item`)
 * @throws InputError when neither is sent, or one is malformed, or they disagree
 * @internal
 */
export function versionOf(
  body: unknown,
  ifMatch: string | undefined,
  what = 'the item',
): number {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(ifMatch.trim());
    if (!match) {
      throw new InputError(
        `If-Match must be the ETag of ${what}, e.g. "3" — got ${quote(
          ifMatch,
        )}`,
      );
    }
    fromHeader = Number(match[1]);
  }
  const sent = (body as { version?: unknown } | undefined)?.version;
  let fromBody: number | undefined;
  if (sent !== undefined) {
    if (typeof sent !== 'number' || !Number.isSafeInteger(sent) || sent < 0) {
      throw new InputError(
        `version must be the whole number of the version of ${what} you read (0 or more) — got ${describeValue(
          sent,
        )}`,
      );
    }
    fromBody = sent;
  }
  if (
    fromBody !== undefined &&
    fromHeader !== undefined &&
    fromBody !== fromHeader
  ) {
    throw new InputError(
      `version ${fromBody} in the body and If-Match ${quote(
        ifMatch!,
      )} disagree; send one version`,
    );
  }
  const version = fromHeader ?? fromBody;
  if (version === undefined) {
    throw new InputError(
      `If-Match is required: send the ETag of ${what} you read (or the body field version), so that a change made meanwhile is not overwritten`,
    );
  }
  return version;
}

/** The ETag of a version, as reads answer it and If-Match sends it back. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

function quote(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
