import { AnnouncementInput } from '@platform-product/backstage-plugin-platform-product-common';
import {
  AnyRequest,
  ApiRouter,
  RequestContext,
  versionOf,
} from '../../core/http';
import { EntityPlatformsSource } from '../../ports';
import { AnnouncementService } from './AnnouncementService';

/**
 * The announcement and follow routes. Everyone who can see the platform reads its announcements;
 * owners post, edit and delete them (naming the version read, as If-Match or the legacy body field /
 * query parameter); each signed-in user follows or unfollows for themselves.
 *
 * @internal
 */
export function registerAnnouncementRoutes(
  router: ApiRouter,
  options: {
    http: RequestContext;
    entityPlatforms: EntityPlatformsSource;
    announcements: AnnouncementService;
  },
) {
  const { http, entityPlatforms, announcements } = options;
  const users = { users: true } as const;

  router.get(
    '/platforms/:kind/:namespace/:name/announcements',
    async (req, res) => {
      const { platform } = await http.platformOf(req);
      res.json(
        await announcements.list(platform, { all: req.query.all === 'true' }),
      );
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/announcements',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, users);
      const input = req.body as AnnouncementInput;
      res
        .status(201)
        .json(await announcements.post(platform, input, credentials));
    },
  );

  router.put(
    '/platforms/:kind/:namespace/:name/announcements/:announcementId',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, users);
      const version = versionOf(
        req.body,
        req.header('if-match'),
        'the announcement',
      );
      res.json(
        await announcements.edit(
          platform,
          req.params.announcementId,
          req.body as AnnouncementInput,
          version,
          credentials,
        ),
      );
    },
  );

  router.delete(
    '/platforms/:kind/:namespace/:name/announcements/:announcementId',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, users);
      const version = versionOf(
        req.query,
        req.header('if-match'),
        'the announcement',
      );
      await announcements.delete(
        platform,
        req.params.announcementId,
        version,
        credentials,
      );
      res.status(204).end();
    },
  );

  /** The caller's follow state, after following or unfollowing when asked to. */
  const follow = async (req: AnyRequest, following?: boolean) => {
    const { platform, credentials } = await http.platformOf(req, users);
    const userRef = credentials.principal.userEntityRef;
    return following === undefined
      ? announcements.followState(platform, userRef)
      : announcements.setFollowing(platform, userRef, following);
  };
  router.get('/platforms/:kind/:namespace/:name/follow', async (req, res) => {
    res.json(await follow(req));
  });
  router.put('/platforms/:kind/:namespace/:name/follow', async (req, res) => {
    res.json(await follow(req, true));
  });
  router.delete(
    '/platforms/:kind/:namespace/:name/follow',
    async (req, res) => {
      res.json(await follow(req, false));
    },
  );

  router.get(
    '/entities/:kind/:namespace/:name/announcements',
    async (req, res) => {
      const credentials = await http.credentialsOf(req);
      const entityRef = http.refOf(req.params).toLocaleLowerCase('en-US');
      const { items: platforms } = await entityPlatforms.getEntityPlatforms(
        entityRef,
        credentials,
      );
      res.json({
        entityRef,
        items: await announcements.relevantFor(platforms),
      });
    },
  );
}
