/**
 * How far ahead of the server's clock a metric point may be: pushers' clocks drift a little, and a
 * point stamped at the end of its interval can be slightly ahead. Reads include points up to this
 * far in the future.
 *
 * @internal
 */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
