import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { EntityCard } from '@platform-product/backstage-plugin-platform-product-common';
import {
  EntityAnnouncementSource,
  EntityDeprecationSource,
  EntityRoadmapSource,
  SurveyPromptSource,
} from '../../ports';
import { EntityPlatformsService } from './EntityPlatformsService';

/**
 * What the card on a service page and the deprecation banner show, in one answer, gathered from the
 * features that own each part through their ports. The platforms come first (the entity must
 * exist and be visible to the caller: 404 otherwise); the rest is read in parallel.
 *
 * @internal
 */
export class EntityCardService {
  constructor(
    private readonly options: {
      entityPlatforms: EntityPlatformsService;
      roadmap: EntityRoadmapSource;
      announcements: EntityAnnouncementSource;
      surveyPrompts: SurveyPromptSource;
      deprecations: EntityDeprecationSource;
    },
  ) {}

  async getCard(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityCard> {
    const { entityPlatforms, roadmap, announcements, surveyPrompts } =
      this.options;
    const { entityRef: ref, items: platforms } =
      await entityPlatforms.getEntityPlatforms(
        entityRef.toLocaleLowerCase('en-US'),
        credentials,
      );
    const [now, relevant, surveyPrompt, deprecations] = await Promise.all([
      roadmap.nowFor(ref, platforms),
      announcements.relevantFor(platforms),
      // The prompt shows in the usage card, beside the platforms an entity relies on; asking for it
      // records it as shown, so it is not asked on pages without that card's platforms.
      isUser(credentials) && platforms.length > 0
        ? surveyPrompts.getPrompt(credentials)
        : null,
      this.options.deprecations.forEntity(ref, credentials),
    ]);
    return {
      entityRef: ref,
      platforms,
      roadmap: { personas: now.personas, platforms: now.platforms },
      announcements: relevant,
      surveyPrompt,
      deprecations: deprecations.items,
    };
  }
}

function isUser(
  credentials: BackstageCredentials,
): credentials is BackstageCredentials<BackstageUserPrincipal> {
  return (credentials.principal as { type?: string }).type === 'user';
}
