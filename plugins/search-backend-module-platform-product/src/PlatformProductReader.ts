import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ForwardedError } from '@backstage/errors';
import {
  ANNOUNCEMENT_KINDS,
  Announcement,
  describeValue,
  PlatformSummary,
  ROADMAP_HORIZONS,
  ROADMAP_STATUSES,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { AnswerShape } from './answerShape';

/** What the collator uses of a platform in `GET /platforms`. */
export type PlatformFacts = Pick<
  PlatformSummary,
  'entityRef' | 'title' | 'description' | 'personaRefs'
>;

/** What the collator uses of a roadmap item in `GET /roadmap`. */
export type RoadmapItemFacts = Pick<
  RoadmapItem,
  | 'id'
  | 'platformRef'
  | 'title'
  | 'problem'
  | 'hypothesis'
  | 'status'
  | 'horizon'
  | 'personas'
>;

/** What the collator uses of an announcement in `GET /platforms/{ref}/announcements`. */
export type AnnouncementFacts = Pick<
  Announcement,
  | 'id'
  | 'platformRef'
  | 'kind'
  | 'title'
  | 'body'
  | 'relevant'
  | 'relevantUntil'
>;

/** What the collator uses of a catalog entity: its title, and a platform's support channel. */
export interface EntityFacts {
  title?: string;
  supportChannel?: string;
}

/** Refs per `POST /entities/by-refs` request, well under the catalog's body limit. */
const CATALOG_BATCH = 500;

/**
 * Reads what the collator indexes over the REST APIs of the Platform Product backend and the
 * catalog, with the search module's own service credentials. Every non-2xx answer, and every
 * answer that is not the shape its route promises, throws an error that names the request.
 */
export class PlatformProductReader {
  constructor(
    private readonly deps: { auth: AuthService; discovery: DiscoveryService },
  ) {}

  async listPlatforms(): Promise<PlatformFacts[]> {
    const { body, shape } = await this.getJson(
      'platform-product',
      '/platforms',
    );
    return shape.items(body, (item, path) => ({
      entityRef: shape.string(item, 'entityRef', path),
      title: shape.string(item, 'title', path),
      description: shape.optionalString(item, 'description', path),
      personaRefs: shape.strings(item, 'personaRefs', path),
    }));
  }

  /** The roadmap of every platform, dropped items left out (the route's default). */
  async listRoadmapItems(): Promise<RoadmapItemFacts[]> {
    const { body, shape } = await this.getJson('platform-product', '/roadmap');
    return shape.items(body, (item, path) => ({
      id: shape.string(item, 'id', path),
      platformRef: shape.string(item, 'platformRef', path),
      title: shape.string(item, 'title', path),
      problem: shape.string(item, 'problem', path),
      hypothesis: shape.string(item, 'hypothesis', path),
      status: shape.oneOf(item, 'status', path, ROADMAP_STATUSES),
      horizon: shape.oneOf(item, 'horizon', path, ROADMAP_HORIZONS),
      personas: shape.strings(item, 'personas', path),
    }));
  }

  /**
   * A platform's relevant announcements, or `undefined` when the platform is gone (404: removed
   * from the catalog since it was listed).
   */
  async listAnnouncements(
    platformRef: string,
  ): Promise<AnnouncementFacts[] | undefined> {
    const answer = await this.getJson(
      'platform-product',
      `/platforms/${platformRef
        .split(/[:/]/)
        .map(encodeURIComponent)
        .join('/')}/announcements`,
      { notFound: 'undefined' },
    );
    if (!answer) return undefined;
    const { body, shape } = answer;
    return shape.items(body, (item, path) => ({
      id: shape.string(item, 'id', path),
      platformRef: shape.string(item, 'platformRef', path),
      kind: shape.oneOf(item, 'kind', path, ANNOUNCEMENT_KINDS),
      title: shape.string(item, 'title', path),
      body: shape.string(item, 'body', path),
      relevant: shape.boolean(item, 'relevant', path),
      relevantUntil: shape.string(item, 'relevantUntil', path),
    }));
  }

  /**
   * The titles (and, for platforms, the support channel) of entities, by ref; a ref the catalog
   * does not know is left out. A title or channel that is not a string is left out too: the
   * catalog module already reports such a declaration as a processing error of its entity.
   */
  async readEntities(refs: string[]): Promise<Map<string, EntityFacts>> {
    const facts = new Map<string, EntityFacts>();
    for (let start = 0; start < refs.length; start += CATALOG_BATCH) {
      const entityRefs = refs.slice(start, start + CATALOG_BATCH);
      const { body, shape } = await this.getJson(
        'catalog',
        '/entities/by-refs',
        {
          body: {
            entityRefs,
            fields: ['metadata.title', 'spec.platform.support.channel'],
          },
        },
      );
      const items = shape.array(shape.object(body, 'body').items, 'items');
      entityRefs.forEach((ref, i) => {
        const entity = items[i] as
          | {
              metadata?: { title?: unknown };
              spec?: { platform?: { support?: { channel?: unknown } } };
            }
          | null
          | undefined;
        if (!entity) return;
        const title = entity.metadata?.title;
        const channel = entity.spec?.platform?.support?.channel;
        facts.set(ref, {
          title: typeof title === 'string' ? title : undefined,
          supportChannel: typeof channel === 'string' ? channel : undefined,
        });
      });
    }
    return facts;
  }

  private async getJson(
    pluginId: string,
    path: string,
    options: { body?: unknown; notFound: 'undefined' },
  ): Promise<{ body: unknown; shape: AnswerShape } | undefined>;
  private async getJson(
    pluginId: string,
    path: string,
    options?: { body?: unknown },
  ): Promise<{ body: unknown; shape: AnswerShape }>;
  private async getJson(
    pluginId: string,
    path: string,
    options: { body?: unknown; notFound?: 'undefined' } = {},
  ): Promise<{ body: unknown; shape: AnswerShape } | undefined> {
    const { auth, discovery } = this.deps;
    const method = options.body === undefined ? 'GET' : 'POST';
    const url = `${await discovery.getBaseUrl(pluginId)}${path}`;
    const where = `${method} ${url}`;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: pluginId,
    });
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(options.body === undefined
            ? {}
            : { 'Content-Type': 'application/json' }),
        },
        body:
          options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch (error) {
      throw new ForwardedError(`${where} failed; nothing was indexed`, error);
    }
    if (response.status === 404 && options.notFound) {
      return undefined;
    }
    if (!response.ok) {
      throw new Error(
        `${where} answered ${response.status} ${
          response.statusText
        }: ${await errorMessageOf(response)}; nothing was indexed`,
      );
    }
    const shape = new AnswerShape(where);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return shape.fail('the body', 'JSON', 'text that is not JSON');
    }
    return { body, shape };
  }
}

/** The message of a Backstage error body (`{ error: { message } }`), else the start of the text. */
async function errorMessageOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const message = JSON.parse(text)?.error?.message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: the text itself says what happened
  }
  return text.trim() ? describeValue(text, 200) : 'no message';
}
