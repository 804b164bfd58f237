/** Words for the error codes of a connection that failed. */
const CODE_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'no such host: its name does not resolve in DNS',
  EAI_AGAIN: 'its name could not be looked up in DNS just now',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connecting timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connecting timed out',
  UND_ERR_SOCKET: 'the connection closed before an answer',
};

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * What went wrong, in a few words, when `fetch` could not reach a server (connection refused,
 * DNS, TLS…); `undefined` when the error is not of that kind. `fetch` reports these as a
 * `TypeError` whose `cause` holds the system's error code.
 */
export function connectionFailure(error: unknown): string | undefined {
  const fetchError = error as ErrorLike | undefined;
  if (fetchError?.name !== 'TypeError' || !fetchError.cause) {
    return undefined;
  }
  const cause = fetchError.cause as ErrorLike;
  const first = Array.isArray(cause.errors)
    ? (cause.errors[0] as ErrorLike | undefined)
    : undefined;
  const code = String(cause.code ?? first?.code ?? '');
  const message = String(cause.message || first?.message || fetchError.message);
  if (CODE_WORDS[code]) {
    return CODE_WORDS[code];
  }
  if (/CERT|SSL|TLS/.test(code)) {
    return `TLS: ${message}`;
  }
  return message;
}
