import { ApiRouter, RequestContext } from '../../core/http';
import { DeprecationExceptionService } from './DeprecationExceptionService';
import { DeprecationService } from './DeprecationService';

/**
 * The deprecation routes: the list, one deprecation, the deprecations affecting an entity, and
 * exception requests, decisions and audit. Reads take any signed-in caller; writes take users only.
 *
 * @internal
 */
export function registerDeprecationRoutes(
  router: ApiRouter,
  options: {
    http: RequestContext;
    deprecations: DeprecationService;
    deprecationExceptions: DeprecationExceptionService;
  },
): void {
  const { http, deprecations, deprecationExceptions } = options;

  router.get('/deprecations', async (req, res) => {
    res.json(await deprecations.list(await http.credentialsOf(req)));
  });

  router.get('/deprecations/:kind/:namespace/:name', async (req, res) => {
    const credentials = await http.credentialsOf(req);
    res.json(await deprecations.detail(http.refOf(req.params), credentials));
  });

  router.post(
    '/deprecations/:kind/:namespace/:name/exceptions',
    async (req, res) => {
      const credentials = await http.userOf(req);
      const ref = http.refOf(req.params);
      const exception = await deprecationExceptions.requestException(
        ref,
        req.body,
        credentials,
      );
      res.status(201).json(exception);
    },
  );

  router.post(
    '/deprecations/:kind/:namespace/:name/exceptions/:exceptionId/decision',
    async (req, res) => {
      const { exceptionId } = req.params;
      const decided = await deprecationExceptions.decideException(
        http.refOf(req.params),
        exceptionId,
        req.body,
        await http.userOf(req),
      );
      res.json(decided);
    },
  );

  router.get(
    '/deprecations/:kind/:namespace/:name/exceptions/:exceptionId/audit',
    async (req, res) => {
      const credentials = await http.credentialsOf(req);
      res.json(
        await deprecationExceptions.audit(
          http.refOf(req.params),
          req.params.exceptionId,
          credentials,
        ),
      );
    },
  );

  router.get(
    '/entities/:kind/:namespace/:name/deprecations',
    async (req, res) => {
      const credentials = await http.credentialsOf(req);
      res.json(
        await deprecations.forEntity(http.refOf(req.params), credentials),
      );
    },
  );
}
