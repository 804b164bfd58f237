import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { AnnouncementInput } from '@platform-product/backstage-plugin-platform-product-common';
import { createOpenApiRouter } from '../../schema/openapi.generated';
import { AnnouncementService } from './AnnouncementService';
import { EntityPlatformsService } from '../entityCard/EntityPlatformsService';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';

/**
 * The announcement and follow routes. Everyone who can see the platform reads its announcements;
 * owners post, edit and delete them; each signed-in user follows or unfollows for themselves.
 *
 * @internal
 */
export function registerAnnouncementRoutes(
  router: ReturnType<typeof createOpenApiRouter>,
  options: {
    httpAuth: HttpAuthService;
    platformCatalog: PlatformCatalog;
    entityPlatforms: EntityPlatformsService;
    announcements: AnnouncementService;
  },
) {
  const { httpAuth, platformCatalog, entityPlatforms, announcements } = options;
  type Params = { kind: string; namespace: string; name: string };
  type Req = Parameters<HttpAuthService['credentials']>[0] & { params: Params };
  const refOf = (params: Params) => stringifyEntityRef(params);
  const userOf = (req: Req) => httpAuth.credentials(req, { allow: ['user'] });

  router.get(
    '/platforms/:kind/:namespace/:name/announcements',
    async (req, res) => {
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        await httpAuth.credentials(req),
      );
      res.json(
        await announcements.list(platform, { all: req.query.all === 'true' }),
      );
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/announcements',
    async (req, res) => {
      const credentials = await userOf(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      res
        .status(201)
        .json(
          await announcements.post(
            platform,
            req.body as AnnouncementInput,
            credentials,
          ),
        );
    },
  );

  router.put(
    '/platforms/:kind/:namespace/:name/announcements/:announcementId',
    async (req, res) => {
      const credentials = await userOf(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      res.json(
        await announcements.edit(
          platform,
          req.params.announcementId,
          req.body as AnnouncementInput,
          credentials,
        ),
      );
    },
  );

  router.delete(
    '/platforms/:kind/:namespace/:name/announcements/:announcementId',
    async (req, res) => {
      const credentials = await userOf(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      await announcements.delete(
        platform,
        req.params.announcementId,
        Number(req.query.version),
        credentials,
      );
      res.status(204).end();
    },
  );

  const follow = (following?: boolean) => async (req: Req, res: any) => {
    const credentials = await userOf(req);
    const platform = await platformCatalog.getPlatform(
      refOf(req.params),
      credentials,
    );
    const userRef = credentials.principal.userEntityRef;
    res.json(
      following === undefined
        ? await announcements.followState(platform, userRef)
        : await announcements.setFollowing(platform, userRef, following),
    );
  };
  router.get('/platforms/:kind/:namespace/:name/follow', follow());
  router.put('/platforms/:kind/:namespace/:name/follow', follow(true));
  router.delete('/platforms/:kind/:namespace/:name/follow', follow(false));

  router.get(
    '/entities/:kind/:namespace/:name/announcements',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const entityRef = refOf(req.params).toLocaleLowerCase('en-US');
      const { items: platforms } = await entityPlatforms.getEntityPlatforms(
        entityRef,
        credentials,
      );
      const titles = new Map(platforms.map(p => [p.platformRef, p.title]));
      const items = await announcements.listFor([...titles.keys()]);
      res.json({
        entityRef,
        items: items.map(item => ({
          ...item,
          platformTitle: titles.get(item.platformRef) ?? item.platformRef,
        })),
      });
    },
  );
}
