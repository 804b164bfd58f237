import fs from 'node:fs';
import path from 'node:path';
import type {
  RoadmapBoard,
  RoadmapImportStatus,
} from '@platform-product/backstage-plugin-platform-product-common';
import { validateRoadmapFile } from '@platform-product/backstage-plugin-platform-product-common';
import { parse } from 'yaml';
import { callAsUser, signInAsExampleUser } from './exampleUserApi';
import { EXAMPLES_DIR } from './loadExampleEntities';

const EXAMPLES = path.join(EXAMPLES_DIR, 'platforms');

/** The example platform whose roadmap is kept in the portal (editable there), and its owner. */
const PORTAL_ROADMAP = {
  platform: 'logging-platform',
  owner: 'user:default/sara-nilsson',
};

/** The example platforms that keep their roadmap in a file (annotation), each with an owner. */
const FILE_ROADMAPS = [
  { platform: 'deploy-platform', owner: 'user:default/noah-williams' },
  { platform: 'secrets-platform', owner: 'user:default/leila-karimi' },
  { platform: 'observability-platform', owner: 'user:default/julia-kowalski' },
  { platform: 'data-pipeline-platform', owner: 'user:default/minjun-park' },
];

/**
 * The DEMO roadmaps. Four example platforms keep theirs in `examples/platforms/<x>-roadmap.yaml`
 * (imported by the backend every 10 minutes); this imports them now, as each owner, so the demo does
 * not wait for the schedule. The Logging Platform keeps its roadmap in the portal: its items are
 * created here through the API, as its owner, from logging-platform-roadmap.yaml — unless its board
 * already has items, so a reload does not duplicate them.
 */
export async function loadRoadmapDemo(options: {
  baseUrl: string;
  log: (message: string) => void;
}): Promise<void> {
  const { baseUrl, log } = options;
  for (const { platform, owner } of FILE_ROADMAPS) {
    const token = await signInAsExampleUser(baseUrl, owner);
    const status = await callAsUser<RoadmapImportStatus>({
      baseUrl,
      token,
      method: 'POST',
      path: `/platforms/system/default/${platform}/roadmap/import`,
    });
    log(
      `  ${platform}: roadmap file imported (${status.status}${
        status.error ? `: ${status.error}` : ''
      })`,
    );
  }

  const { platform, owner } = PORTAL_ROADMAP;
  const token = await signInAsExampleUser(baseUrl, owner);
  const board = `/platforms/system/default/${platform}/roadmap`;
  const current = await callAsUser<RoadmapBoard>({
    baseUrl,
    token,
    method: 'GET',
    path: board,
  });
  if (Object.values(current.horizons).some(items => items.length > 0)) {
    log(`  ${platform}: roadmap already has items; left as it is`);
    return;
  }
  const file = validateRoadmapFile(
    parse(
      fs.readFileSync(path.join(EXAMPLES, `${platform}-roadmap.yaml`), 'utf8'),
    ),
  );
  if (!('roadmap' in file)) {
    throw new Error(
      `${platform}-roadmap.yaml is invalid: ${file.problems.join('; ')}`,
    );
  }
  for (const { id, keyResult, ...item } of file.roadmap.spec.items) {
    await callAsUser({
      baseUrl,
      token,
      method: 'POST',
      path: `${board}/items`,
      body: { ...item, keyResultId: keyResult ?? null },
    }).catch(async error => {
      // A key result the objectives demo did not create: keep the item, without the link.
      log(`  ${platform}: ${id}: ${error}; creating it without its key result`);
      await callAsUser({
        baseUrl,
        token,
        method: 'POST',
        path: `${board}/items`,
        body: { ...item, keyResultId: null },
      });
    });
  }
  if (file.roadmap.spec.investmentMix) {
    await callAsUser({
      baseUrl,
      token,
      method: 'PUT',
      path: `${board}/investment-mix`,
      body: { mix: file.roadmap.spec.investmentMix },
    });
  }
  log(
    `  ${platform}: ${file.roadmap.spec.items.length} roadmap items created in the portal as ${owner}`,
  );
}
