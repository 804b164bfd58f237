/* eslint-disable no-console */
import type {
  AdoptionHistoryImportResult,
  AdoptionHistoryPoint,
  AdoptionReport,
  PlatformList,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  addUtcDays,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';
import { callAsUser, signInAsExampleUser } from './exampleUserApi';
import { DEMO_STRATEGIES } from './demoStrategies';

/** How each platform's year went, as the DEMO history tells it: its adoption a year ago. */
export const DEMO_ADOPTION_STORIES: Record<
  string,
  { story: string; startShare: number }
> = {
  'deploy-platform': {
    story: 'rolled out company-wide over the year, from a quarter of the teams',
    startShare: 0.25,
  },
  'logging-platform': {
    story: 'the default from the start: a slow, steady climb',
    startShare: 0.6,
  },
  'observability-platform': {
    story: 'launched a year ago: innovators to the early majority',
    startShare: 0.05,
  },
  'secrets-platform': {
    story: 'a late surge after the audit',
    startShare: 0.1,
  },
  'data-pipeline-platform': {
    story: 'a plateau among the data teams',
    startShare: 0.4,
  },
};

/** The share of the year's climb done by `t` (0 to 1): an S-curve, as adoption goes. */
const smoothstep = (t: number) => t * t * (3 - 2 * t);

/**
 * A DEMO year of adoption before today, one figure a week, ending the day before `now` just short
 * of today's adoption (the live snapshot of today takes over from there): the whole audience's,
 * and each org's scaled the same way. The audience grows from 85 % to today's, as teams were
 * founded.
 */
export function demoAdoptionHistory(options: {
  now: Date;
  current: Pick<AdoptionReport, 'teams' | 'byOrg'>;
  startShare: number;
  weeks?: number;
}): AdoptionHistoryPoint[] {
  const { current, startShare } = options;
  const weeks = options.weeks ?? 52;
  const yesterday = addUtcDays(toUtcDay(options.now.getTime()), -1);
  const endRatio = (current.teams.ratio ?? 0) * 0.97;
  const points: AdoptionHistoryPoint[] = [];
  for (let week = weeks; week >= 0; week--) {
    const t = 1 - week / weeks;
    const day = addUtcDays(yesterday, -7 * week);
    const ratio = endRatio * (startShare + (1 - startShare) * smoothstep(t));
    const share = current.teams.ratio ? ratio / current.teams.ratio : 0;
    const audienceTeams = Math.round(
      current.teams.audience * (0.85 + 0.15 * t),
    );
    points.push({
      day,
      adoptingTeams: Math.min(audienceTeams, Math.round(ratio * audienceTeams)),
      audienceTeams,
    });
    for (const org of current.byOrg) {
      if (org.teams.audience === 0) {
        continue;
      }
      points.push({
        day,
        orgRef: org.orgRef,
        adoptingTeams: Math.min(
          org.teams.audience,
          Math.round(org.teams.adopting * Math.min(1, share)),
        ),
        audienceTeams: org.teams.audience,
      });
    }
  }
  return points;
}

/**
 * Imports the DEMO year of adoption of every example platform through the public import API, with
 * the demo's service token: the portfolio's trends and its "as of" then have a year to show on the
 * first start. Imported figures are marked as such wherever they are drawn. Then, as each owner,
 * refreshes today's snapshots so that the portfolio shows the objectives and surveys just loaded.
 */
export async function loadAdoptionHistoryDemo(options: {
  baseUrl: string;
  token: string;
  log: (message: string) => void;
  now?: Date;
}): Promise<void> {
  const { baseUrl, token, log } = options;
  const api = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/platform-product${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      throw new Error(
        `${path}: HTTP ${response.status}: ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  };
  const { items } = await api<PlatformList>('/platforms');
  for (const platform of items) {
    const name = platform.entityRef.split('/')[1];
    const story = DEMO_ADOPTION_STORIES[name];
    if (!story) {
      continue;
    }
    const path = `/platforms/${platform.entityRef.replace(':', '/')}/adoption`;
    const current = await api<AdoptionReport>(path);
    const points = demoAdoptionHistory({
      now: options.now ?? new Date(),
      current,
      startShare: story.startShare,
    });
    const result = await api<AdoptionHistoryImportResult>(`${path}/history`, {
      points,
    });
    // The owner's "refresh now": today's snapshots, with the objectives and surveys just loaded.
    const owner = DEMO_STRATEGIES.find(s => s.platform === name)?.owner;
    if (owner) {
      await callAsUser({
        baseUrl,
        token: await signInAsExampleUser(baseUrl, `user:default/${owner}`),
        method: 'POST',
        path: `${path}/refresh`,
      });
    }
    log(
      `  ${name}: ${story.story} (${result.stored} weeks, ${result.orgFigures} org figures)`,
    );
  }
}
