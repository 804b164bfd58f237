/* eslint-disable no-console */
import { generateDemoMetrics } from './generateDemoMetrics';
import { DEMO_PROFILES } from './demoProfiles';
import { loadExampleEntities } from './loadExampleEntities';
import { pushMetrics, waitForBackend } from './pushMetrics';

/**
 * Loads 90 days of DEMO metric history for the example organisation through the public ingest API.
 * Run by scripts/portal.sh; by hand: PP_DEMO_TOKEN=<a static externalAccess token> yarn workspace demo-data load
 */
async function main() {
  const baseUrl = process.env.PP_BACKEND_URL ?? 'http://localhost:7007';
  const token = process.env.PP_DEMO_TOKEN;
  if (!token) {
    throw new Error(
      'PP_DEMO_TOKEN is not set: give the static token the backend accepts under backend.auth.externalAccess (scripts/portal.sh sets both).',
    );
  }
  const log = (message: string) => console.log(`[demo-data] ${message}`);

  await waitForBackend({ baseUrl, token });
  const points = generateDemoMetrics({
    now: new Date(),
    entities: loadExampleEntities(),
  });
  log(
    `loading ${
      points.length
    } DEMO points (label source=platform-product-demo) for ${
      Object.keys(DEMO_PROFILES).length
    } platforms:`,
  );
  for (const [name, profile] of Object.entries(DEMO_PROFILES)) {
    log(`  ${name}: ${profile.story}`);
  }
  const started = Date.now();
  const { batches } = await pushMetrics(points, { baseUrl, token, log });
  log(
    `done: ${batches} batches in ${((Date.now() - started) / 1000).toFixed(
      1,
    )} s`,
  );
}

main().catch(error => {
  console.error(`[demo-data] ${error.message ?? error}`);
  process.exit(1);
});
