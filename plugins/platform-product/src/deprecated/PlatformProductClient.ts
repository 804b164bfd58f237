import type { PlatformProductClientOptions } from '../api/types';
import { AdoptionClient } from '../features/adoption/api';
import { AnnouncementsClient } from '../features/announcements/api';
import { DeprecationsClient } from '../features/deprecations/api';
import { ObjectivesClient } from '../features/objectives/api';
import { PlatformsClient } from '../features/platforms/api';
import { RoadmapClient } from '../features/roadmap/api';
import { ScorecardsClient } from '../features/scorecards/api';
import { SlosClient } from '../features/slos/api';
import { SurveysClient } from '../features/surveys/api';
import type { PlatformProductApi } from './PlatformProductApi';

/**
 * The methods of `PlatformProductClient`: merged with the class, so that it has every method
 * of the feature clients it is composed of without repeating their 47 signatures.
 *
 * @public
 * @deprecated Use the client of the feature you need, e.g. `ScorecardsClient` or `SurveysClient`.
 */
export interface PlatformProductClient extends PlatformProductApi {}

/**
 * The {@link PlatformProductApi}, made of the feature clients: each method is the feature
 * client's own.
 *
 * @public
 * @deprecated Use the client of the feature you need, e.g. `ScorecardsClient` or `SurveysClient`.
 */
export class PlatformProductClient {
  constructor(options: PlatformProductClientOptions) {
    const clients: object[] = [
      new PlatformsClient(options),
      new ScorecardsClient(options),
      new SlosClient(options),
      new AdoptionClient(options),
      new SurveysClient(options),
      new DeprecationsClient(options),
      new RoadmapClient(options),
      new ObjectivesClient(options),
      new AnnouncementsClient(options),
    ];
    for (const client of clients) {
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(client));
      for (const name of methods) {
        const method = (client as Record<string, unknown>)[name];
        if (name !== 'constructor' && typeof method === 'function') {
          (this as Record<string, unknown>)[name] = method.bind(client);
        }
      }
    }
  }
}
