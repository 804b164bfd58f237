import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  platformProductManagePermission,
  RoadmapHorizon,
  RoadmapItem,
  RoadmapItemFields,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import { createOpenApiRouter } from '../../schema/openapi.generated';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';
import { RoadmapImporter } from './RoadmapImporter';
import {
  RoadmapItemInput,
  RoadmapService,
} from './RoadmapService';

/** The ETag of an item version. */
const etagOf = (item: RoadmapItem) => `"${item.version}"`;

/**
 * The version a write is based on: the body's `version`, or the If-Match header (`"3"`, `W/"3"` or
 * `3`). Both must agree when both are sent.
 *
 * @throws InputError when neither is sent, or they are malformed or disagree
 */
export function versionOf(
  body: { version?: number } | undefined,
  ifMatch: string | undefined,
): number {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
    if (!match) {
      throw new InputError(
        `If-Match must be the item's ETag, e.g. "3" — got ${ifMatch}`,
      );
    }
    fromHeader = Number(match[1]);
  }
  const fromBody = body?.version;
  if (
    fromBody !== undefined &&
    fromHeader !== undefined &&
    fromBody !== fromHeader
  ) {
    throw new InputError(
      `version ${fromBody} in the body and If-Match ${ifMatch} disagree; send one version`,
    );
  }
  const version = fromBody ?? fromHeader;
  if (version === undefined) {
    throw new InputError(
      'version is required: send the version of the item you read (body field version, or its ETag as If-Match), so that a change made meanwhile is not overwritten',
    );
  }
  return version;
}

/**
 * The roadmap routes: boards, items (create, edit, move, review, history), investment mix, roadmap
 * file import and export, the cross-platform roadmap and an entity's Now items. Everyone who can see
 * a platform reads its roadmap; writes are for its owners (signed-in users only).
 *
 * @internal
 */
export function registerRoadmapRoutes(
  router: ReturnType<typeof createOpenApiRouter>,
  options: {
    httpAuth: HttpAuthService;
    platformCatalog: PlatformCatalog;
    entityPermissions: EntityPermissions;
    roadmap: RoadmapService;
    roadmapImporter: RoadmapImporter;
  },
) {
  const { httpAuth, platformCatalog, roadmap, roadmapImporter } = options;
  type PlatformParams = { kind: string; namespace: string; name: string };
  const platformOf = async (
    req: Parameters<HttpAuthService['credentials']>[0] & {
      params: PlatformParams;
    },
    allow?: 'user',
  ) => {
    const credentials = allow
      ? await httpAuth.credentials(req, { allow: [allow] })
      : await httpAuth.credentials(req);
    const platform = await platformCatalog.getPlatform(
      stringifyEntityRef(req.params),
      credentials,
    );
    return { platform, credentials };
  };

  router.get('/platforms/:kind/:namespace/:name/roadmap', async (req, res) => {
    const { platform } = await platformOf(req);
    res.json(await roadmap.getBoard(platform));
  });

  router.get(
    '/platforms/:kind/:namespace/:name/roadmap.yaml',
    async (req, res) => {
      const { platform } = await platformOf(req);
      res
        .type('text/yaml')
        .attachment(`${platform.entity.metadata.name}-roadmap.yaml`)
        .send(await roadmapImporter.exportPlatform(platform.ref));
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/items',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      const item = await roadmap.createItem(
        platform,
        req.body as RoadmapItemInput,
        credentials,
      );
      res.status(201).setHeader('ETag', etagOf(item));
      res.json(item);
    },
  );

  router.get(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId',
    async (req, res) => {
      const { platform } = await platformOf(req);
      const item = await roadmap.getItem(platform, req.params.itemId);
      res.setHeader('ETag', etagOf(item));
      res.json(item);
    },
  );

  router.patch(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      const { version, horizon, position, ...fields } = req.body;
      if (horizon !== undefined || position !== undefined) {
        throw new InputError(
          'horizon and position are changed by POST …/roadmap/items/{itemId}/move, not by an edit',
        );
      }
      const item = await roadmap.updateItem(
        platform,
        req.params.itemId,
        versionOf({ version }, req.header('if-match')),
        fields as Partial<RoadmapItemFields>,
        credentials,
      );
      res.setHeader('ETag', etagOf(item));
      res.json(item);
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/move',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      const item = await roadmap.moveItem(
        platform,
        req.params.itemId,
        versionOf(req.body, req.header('if-match')),
        {
          horizon: req.body.horizon as RoadmapHorizon,
          position: req.body.position,
        },
        credentials,
      );
      res.setHeader('ETag', etagOf(item));
      res.json(item);
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/review',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      const item = await roadmap.recordReview(
        platform,
        req.params.itemId,
        versionOf(req.body, req.header('if-match')),
        {
          outcome: req.body.outcome as RoadmapOutcome,
          notes: req.body.notes,
        },
        credentials,
      );
      res.setHeader('ETag', etagOf(item));
      res.json(item);
    },
  );

  router.get(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/history',
    async (req, res) => {
      const { platform } = await platformOf(req);
      res.json(await roadmap.getHistory(platform, req.params.itemId));
    },
  );

  router.put(
    '/platforms/:kind/:namespace/:name/roadmap/investment-mix',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      res.json(
        await roadmap.setInvestmentMix(
          platform,
          req.body.mix as Record<string, unknown>,
          credentials,
        ),
      );
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/import',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      await options.entityPermissions.authorize(
        platformProductManagePermission,
        platform.ref,
        credentials,
        'import its roadmap file',
      );
      res.json(await roadmapImporter.importPlatform(platform.ref));
    },
  );

  router.get('/roadmap', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await roadmap.getCrossPlatformRoadmap(req.query, credentials));
  });

  router.get('/entities/:kind/:namespace/:name/roadmap', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await roadmap.getEntityRoadmap(
        stringifyEntityRef(req.params),
        credentials,
      ),
    );
  });
}
