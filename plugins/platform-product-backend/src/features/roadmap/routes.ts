import { InputError } from '@backstage/errors';
import {
  RoadmapHorizon,
  RoadmapItem,
  RoadmapItemFields,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Request as ExpressRequest, Response } from 'express';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { ApiRouter, etagOf, RequestContext, versionOf } from '../../core/http';
import { RoadmapImporter } from './RoadmapImporter';
import { RoadmapItemInput } from './RoadmapItemValidator';
import { RoadmapReadService } from './RoadmapReadService';
import { RoadmapWriteService } from './RoadmapWriteService';

const WHAT = 'the roadmap item';

/** A request as the routes read it (the contract has validated it before a handler runs). */
type Request = ExpressRequest<any, any, any, any>;

/** Answers with an item and its version as ETag. */
function sendItem(res: Response, item: RoadmapItem, status = 200): void {
  res.status(status).setHeader('ETag', etagOf(item.version));
  res.json(item);
}

/**
 * The roadmap routes: boards, items (create, edit, move, review, history), investment mix, roadmap
 * file import and export, the cross-platform roadmap and an entity's Now items. Everyone who can see
 * a platform reads its roadmap; writes are for its owners (signed-in users only) and carry the
 * version they are based on (If-Match, or the body's `version`).
 *
 * @internal
 */
export function registerRoadmapRoutes(
  router: ApiRouter,
  options: {
    http: RequestContext;
    entityPermissions: EntityPermissions;
    roadmap: RoadmapReadService;
    roadmapWrites: RoadmapWriteService;
    roadmapImporter: RoadmapImporter;
  },
): void {
  const { http, roadmap, roadmapWrites, roadmapImporter } = options;
  const ownerOf = (req: Request) => http.platformOf(req, { users: true });

  router.get('/platforms/:kind/:namespace/:name/roadmap', async (req, res) => {
    const { platform } = await http.platformOf(req);
    res.json(await roadmap.getBoard(platform));
  });

  router.get(
    '/platforms/:kind/:namespace/:name/roadmap.yaml',
    async (req, res) => {
      const { platform } = await http.platformOf(req);
      res
        .type('text/yaml')
        .attachment(`${platform.entity.metadata.name}-roadmap.yaml`)
        .send(await roadmapImporter.exportPlatform(platform.ref));
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/items',
    async (req, res) => {
      const { platform, credentials } = await ownerOf(req);
      const input = req.body as RoadmapItemInput;
      sendItem(
        res,
        await roadmapWrites.createItem(platform, input, credentials),
        201,
      );
    },
  );

  router.get(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId',
    async (req, res) => {
      const { platform } = await http.platformOf(req);
      sendItem(res, await roadmap.getItem(platform, req.params.itemId));
    },
  );

  /** An owner's write of one item, based on the version the request names; answers the item. */
  const writeItem =
    (
      write: (
        req: Request,
        item: { platform: ResolvedPlatform; id: string; version: number },
        credentials: BackstageCredentials,
      ) => Promise<RoadmapItem>,
    ) =>
    async (req: Request, res: Response) => {
      const { platform, credentials } = await ownerOf(req);
      const version = versionOf(req.body, req.header('if-match'), WHAT);
      const id: string = req.params.itemId;
      sendItem(res, await write(req, { platform, id, version }, credentials));
    };

  router.patch(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId',
    writeItem((req, { platform, id, version }, credentials) => {
      const { version: _sent, horizon, position, ...fields } = req.body;
      if (horizon !== undefined || position !== undefined) {
        throw new InputError(
          'horizon and position are changed by POST …/roadmap/items/{itemId}/move, not by an edit',
        );
      }
      const changes = fields as Partial<RoadmapItemFields>;
      return roadmapWrites.updateItem(
        platform,
        id,
        version,
        changes,
        credentials,
      );
    }),
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/move',
    writeItem((req, { platform, id, version }, credentials) => {
      const target = {
        horizon: req.body.horizon as RoadmapHorizon,
        position: req.body.position as number | undefined,
      };
      return roadmapWrites.moveItem(platform, id, version, target, credentials);
    }),
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/review',
    writeItem((req, { platform, id, version }, credentials) => {
      const review = {
        outcome: req.body.outcome as RoadmapOutcome,
        notes: req.body.notes as string | undefined,
      };
      return roadmapWrites.recordReview(
        platform,
        id,
        version,
        review,
        credentials,
      );
    }),
  );

  router.get(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/history',
    async (req, res) => {
      const { platform } = await http.platformOf(req);
      res.json(await roadmap.getHistory(platform, req.params.itemId));
    },
  );

  router.put(
    '/platforms/:kind/:namespace/:name/roadmap/investment-mix',
    async (req, res) => {
      const { platform, credentials } = await ownerOf(req);
      const mix = req.body.mix as Record<string, unknown>;
      res.json(
        await roadmapWrites.setInvestmentMix(platform, mix, credentials),
      );
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/import',
    async (req, res) => {
      const { platform, credentials } = await ownerOf(req);
      await options.entityPermissions.authorizeManage(
        platform.ref,
        credentials,
        'import its roadmap file',
      );
      res.json(await roadmapImporter.importPlatform(platform.ref));
    },
  );

  router.get('/roadmap', async (req, res) => {
    const credentials = await http.credentialsOf(req);
    res.json(await roadmap.getCrossPlatformRoadmap(req.query, credentials));
  });

  router.get('/entities/:kind/:namespace/:name/roadmap', async (req, res) => {
    const credentials = await http.credentialsOf(req);
    res.json(
      await roadmap.getEntityRoadmap(http.refOf(req.params), credentials),
    );
  });
}
