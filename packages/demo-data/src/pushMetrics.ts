import { MetricPointInput } from '@platform-product/backstage-plugin-platform-product-common';

/** The largest batch the ingest API takes. */
export const MAX_BATCH = 5000;

export interface PushOptions {
  /** The backend's base URL, e.g. http://localhost:7007 */
  baseUrl: string;
  /** A static token configured under backend.auth.externalAccess. */
  token: string;
  fetch?: typeof fetch;
  log?: (message: string) => void;
}

/** The message of a Backstage error body, or the body itself. */
function messageOf(body: string): string {
  try {
    return JSON.parse(body).error?.message ?? body;
  } catch {
    return body;
  }
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Waits until the Platform Product backend answers its health check. */
export async function waitForBackend(
  options: PushOptions & { timeoutMs?: number },
): Promise<void> {
  const doFetch = options.fetch ?? fetch;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const response = await doFetch(
        `${options.baseUrl}/api/platform-product/health`,
      );
      if (response.ok) {
        return;
      }
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = String(error);
    }
    await sleep(1000);
  }
  throw new Error(
    `The backend at ${options.baseUrl} did not become healthy (${lastProblem}). Is the portal running?`,
  );
}

/**
 * Pushes points through the public ingest API in batches of at most 5,000. Batches that meet an
 * entity the catalog has not ingested yet (404), or a backend that is restarting (503), are retried
 * for a while, since the demo loader runs while the portal is still starting.
 */
export async function pushMetrics(
  points: MetricPointInput[],
  options: PushOptions & { retryNotFoundMs?: number },
): Promise<{ batches: number }> {
  const doFetch = options.fetch ?? fetch;
  const log = options.log ?? (() => {});
  let batches = 0;
  for (let start = 0; start < points.length; start += MAX_BATCH) {
    const batch = points.slice(start, start + MAX_BATCH);
    const deadline = Date.now() + (options.retryNotFoundMs ?? 120_000);
    for (;;) {
      const response = await doFetch(
        `${options.baseUrl}/api/platform-product/metrics`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${options.token}`,
          },
          body: JSON.stringify({ points: batch }),
        },
      );
      if (response.ok) {
        break;
      }
      const body = await response.text();
      // 404: the catalog has not read the example entity yet; 503: the backend is (re)starting.
      if (
        (response.status === 404 || response.status === 503) &&
        Date.now() < deadline
      ) {
        log(`waiting for the backend and the catalog (${messageOf(body)})`);
        await sleep(2000);
        continue;
      }
      throw new Error(
        `Pushing points ${start}–${start + batch.length - 1} failed with HTTP ${
          response.status
        }: ${messageOf(body)}`,
      );
    }
    batches += 1;
    log(
      `pushed ${Math.min(start + MAX_BATCH, points.length)} of ${
        points.length
      } points`,
    );
  }
  return { batches };
}
