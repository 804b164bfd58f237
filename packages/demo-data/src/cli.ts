/* eslint-disable no-console */
import { generateDemoMetrics } from './generateDemoMetrics';
import { DEMO_PROFILES } from './demoProfiles';
import { loadExampleEntities } from './loadExampleEntities';
import { loadObjectivesDemo } from './objectivesDemo';
import { loadSurveysDemo } from './surveysDemo';
import { loadRoadmapDemo } from './roadmapDemo';
import { loadFeedbackDemo } from './feedbackDemo';
import { loadAdoptionHistoryDemo } from './adoptionHistoryDemo';
import { pushMetrics, waitForBackend } from './pushMetrics';

/**
 * Loads 90 days of DEMO metric history for the example organisation through the public ingest API.
 * With --follow it then pushes the newest buckets every five minutes, so the demo stays live.
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

  log(
    'publishing DEMO objectives, key results and announcements as each platform owner:',
  );
  try {
    await loadObjectivesDemo({ baseUrl, log });
  } catch (error) {
    log(`could not publish the DEMO objectives: ${error}`);
  }

  log('running DEMO survey rounds as the platform owners and adopting users:');
  try {
    await loadSurveysDemo({ baseUrl, log });
  } catch (error) {
    log(`could not run the DEMO survey rounds: ${error}`);
  }

  log(
    'loading DEMO roadmaps (files imported; Logging Platform items created as its owner):',
  );
  try {
    await loadRoadmapDemo({ baseUrl, log });
  } catch (error) {
    log(`could not load the DEMO roadmaps: ${error}`);
  }

  log('backing DEMO roadmap items with survey comments and notes:');
  try {
    await loadFeedbackDemo({ baseUrl, log });
  } catch (error) {
    log(`could not link the DEMO feedback: ${error}`);
  }

  log('importing a DEMO year of adoption history (marked as imported):');
  try {
    await loadAdoptionHistoryDemo({ baseUrl, token, log });
  } catch (error) {
    log(`could not import the DEMO adoption history: ${error}`);
  }

  if (process.argv.includes('--follow')) {
    await follow({ baseUrl, token, log });
  }
}

/**
 * Keeps the demo live: every five minutes, pushes the newest buckets, as a real metric pusher would.
 * Without it the short burn-rate windows (5 and 30 minutes) run out of data a few minutes after the
 * load, and "burning budget fast right now" would stop being true.
 */
async function follow(options: {
  baseUrl: string;
  token: string;
  log: (message: string) => void;
}) {
  const entities = loadExampleEntities();
  options.log('following: pushing the newest DEMO buckets every 5 minutes');
  for (;;) {
    await new Promise(resolve => setTimeout(resolve, 5 * 60_000));
    const now = new Date();
    const recent = generateDemoMetrics({
      now,
      entities,
      historyDays: 1,
    }).filter(
      point => Date.parse(point.timestamp) > now.getTime() - 60 * 60_000,
    );
    try {
      await pushMetrics(recent, options);
    } catch (error) {
      options.log(`could not push the newest buckets: ${error}`);
    }
  }
}

main().catch(error => {
  console.error(`[demo-data] ${error.message ?? error}`);
  process.exit(1);
});
