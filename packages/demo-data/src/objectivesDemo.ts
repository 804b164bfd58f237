import type {
  AnnouncementList,
  ObjectiveList,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DAY_MS } from '@platform-product/backstage-plugin-platform-product-common';
import { DEMO_STRATEGIES } from './demoStrategies';
import { callAsUser, signInAsExampleUser } from './exampleUserApi';

/** Calls the objectives and announcements routes of one platform, signed in as one user. */
function client(baseUrl: string, token: string, platform: string) {
  return <T>(method: string, path: string, body?: unknown): Promise<T> =>
    callAsUser<T>({
      baseUrl,
      token,
      method,
      path: `/platforms/system/default/${platform}${path}`,
      body,
    });
}

/**
 * Publishes the DEMO objectives, key results and announcements of every example platform through
 * the API, signed in as each platform's owner. Idempotent: objectives and key results that exist
 * are brought back to their demo definition (with the version read), announcements with the same
 * title are not posted again.
 */
export async function loadObjectivesDemo(options: {
  baseUrl: string;
  log: (message: string) => void;
  now?: Date;
}): Promise<void> {
  const { baseUrl, log } = options;
  const now = (options.now ?? new Date()).getTime();
  for (const strategy of DEMO_STRATEGIES) {
    const token = await signInAsExampleUser(
      baseUrl,
      `user:default/${strategy.owner}`,
    );
    const call = client(baseUrl, token, strategy.platform);
    const existing = await call<ObjectiveList>('GET', '/objectives');
    let keyResults = 0;
    for (const { keyResults: krs, ...objective } of strategy.objectives) {
      const stored = existing.items.find(o => o.id === objective.id);
      if (stored) {
        await call('PUT', `/objectives/${objective.id}`, {
          ...objective,
          id: undefined,
          version: stored.version,
        });
      } else {
        await call('POST', '/objectives', objective);
      }
      for (const kr of krs) {
        const storedKr = existing.items
          .flatMap(o => o.keyResults)
          .find(k => k.id === kr.id);
        if (storedKr) {
          await call('PUT', `/key-results/${kr.id}`, {
            ...kr,
            id: undefined,
            version: storedKr.version,
          });
        } else {
          await call('POST', `/objectives/${objective.id}/key-results`, kr);
        }
        keyResults += 1;
      }
    }
    const posted = await call<AnnouncementList>(
      'GET',
      '/announcements?all=true',
    );
    let announcements = 0;
    for (const { window, ...announcement } of strategy.announcements) {
      if (posted.items.some(a => a.title === announcement.title)) continue;
      const startsAt = window && now + window.startsInDays * DAY_MS;
      await call('POST', '/announcements', {
        ...announcement,
        ...(startsAt
          ? {
              startsAt: new Date(startsAt).toISOString(),
              endsAt: new Date(
                startsAt + window!.hours * 60 * 60 * 1000,
              ).toISOString(),
            }
          : {}),
      });
      announcements += 1;
    }
    log(
      `  ${strategy.platform}: ${strategy.objectives.length} objectives, ${keyResults} key results, ${announcements} new announcements (as user:default/${strategy.owner})`,
    );
  }
}
