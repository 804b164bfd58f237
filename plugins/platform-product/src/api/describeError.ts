import { isError } from '@backstage/errors';

/**
 * What went wrong, in the backend's own words when the error is a `ResponseError` that carries
 * them ("Only the owners of system:default/deploy-platform may refresh its adoption"), instead of
 * the generic "Request failed with 403 Forbidden".
 */
export function describeError(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  if (error.name === 'ResponseError' && isError(cause) && cause.message) {
    return cause.message;
  }
  return error.message;
}
