// The reads of `yarn bench` that no cache answers: a scorecard right after an ingest, and what a
// freshly started backend costs before its first answers.
import { performance } from 'node:perf_hooks';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { percentile } from './percentile';

/**
 * A platform's scorecard read right after points for it came in, which forgets its cached metric
 * KPIs: the cost of computing them (a month of every consumer's points), once per platform, twice
 * round.
 */
export async function scorecardsAfterIngest(
  base: string,
  platforms: Array<{ ref: string; path: string }>,
): Promise<{ p50: number; p95: number }> {
  const timings: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const { ref, path } of platforms) {
      const ingested = await fetch(`${base}/metrics`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: mockCredentials.service.header(),
        },
        body: JSON.stringify({
          points: [
            {
              entityRef: ref,
              metric: 'support_tickets',
              timestamp: new Date().toISOString(),
              value: 0,
            },
          ],
        }),
      });
      if (!ingested.ok) {
        throw new Error(`ingest answered ${ingested.status}`);
      }
      const started = performance.now();
      const response = await fetch(`${base}/platforms/${path}/scorecard`, {
        headers: { Authorization: mockCredentials.user.header() },
      });
      await response.arrayBuffer();
      if (!response.ok) {
        throw new Error(`scorecard of ${path} answered ${response.status}`);
      }
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 50), p95: percentile(timings, 95) };
}

/**
 * What a freshly started backend costs before it answers: the time from starting it to the first
 * service card (which loads the catalog graph, read in pages), the heap the graph added, and the
 * adoption of every platform computed cold in one pass (`GET /platforms`, the platform list with
 * each platform's adoption), right after.
 */
export async function firstAnswers(
  base: string,
  entities: Entity[],
  backendStarted: number,
): Promise<{
  firstCardMs: number;
  graphHeapMb: number;
  adoptionAllMs: number;
}> {
  const consumer = entities.find(e => e.metadata.name.startsWith('service-'))!;
  // `yarn bench` runs node with --expose-gc, so the heap is measured after a full collection.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const card = await fetch(
    `${base}/entities/component/default/${consumer.metadata.name}/card`,
    { headers: { Authorization: mockCredentials.user.header() } },
  );
  await card.arrayBuffer();
  if (!card.ok) throw new Error(`first card answered ${card.status}`);
  const firstCardMs = performance.now() - backendStarted;
  collect();
  const graphHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const listStarted = performance.now();
  const list = await fetch(`${base}/platforms`, {
    headers: { Authorization: mockCredentials.user.header() },
  });
  await list.arrayBuffer();
  if (!list.ok) throw new Error(`platform list answered ${list.status}`);
  return {
    firstCardMs,
    graphHeapMb,
    adoptionAllMs: performance.now() - listStarted,
  };
}
