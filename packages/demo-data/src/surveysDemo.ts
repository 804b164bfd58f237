import { createHash } from 'node:crypto';
import { Entity } from '@backstage/catalog-model';
import {
  AdoptionReport,
  cadenceRound,
  DAY_MS,
  SurveyResults,
  SurveyRound,
} from '@platform-product/backstage-plugin-platform-product-common';
import { callAsUser, signInAsExampleUser } from './exampleUserApi';
import { loadExampleEntities } from './loadExampleEntities';

const HOUR_MS = 60 * 60 * 1000;

/** A platform surveyed in the demo, its owner and how its users feel, round by round. */
interface DemoSurveyPlatform {
  platform: string;
  owner: string;
  /** The average score of each of the two closed rounds (older first). */
  meanScores: [number, number];
  /** How many people answer each closed round, at most. */
  respondents: number;
  /** Leave an open round, answered by this many people but not by the guest. */
  openRound?: { respondents: number; meanScore: number };
}

/**
 * The DEMO survey rounds: two closed rounds per platform so the trends show, and one open round on
 * the Logging Platform that the guest user (team-checkout adopts it) has not answered.
 */
export const DEMO_SURVEYS: DemoSurveyPlatform[] = [
  {
    platform: 'deploy-platform',
    owner: 'noah-williams',
    meanScores: [7.8, 8.6],
    respondents: 34,
  },
  {
    platform: 'logging-platform',
    owner: 'sara-nilsson',
    meanScores: [7.4, 8.2],
    respondents: 28,
    openRound: { respondents: 6, meanScore: 7.5 },
  },
  {
    platform: 'observability-platform',
    owner: 'julia-kowalski',
    meanScores: [7.2, 6.8],
    respondents: 20,
  },
];

const COMMENTS = [
  'Rollbacks take too long when a release misbehaves.',
  'The docs are great, the onboarding took one afternoon.',
  'Searching logs across services is slow during incidents.',
  'Please add a dashboard per team, not only per service.',
  'Support answered within minutes, thank you!',
  'Quotas are hard to understand; we hit them without warning.',
];

/** A number in [0, 1) from a string, the same on every run. */
function unit(seed: string): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

/** A whole score 0–10 around `mean`, the same for the same seed. */
export function demoScore(mean: number, seed: string): number {
  const spread = (unit(seed) + unit(`${seed}/2`) - 1) * 6;
  return Math.max(0, Math.min(10, Math.round(mean + spread)));
}

/** The members of each group, from the example users' `spec.memberOf`. */
function membersByGroup(entities: Entity[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.kind !== 'User') continue;
    const userRef = `user:default/${entity.metadata.name}`;
    for (const group of (entity.spec?.memberOf as string[]) ?? []) {
      const groupRef = group.includes(':') ? group : `group:default/${group}`;
      members.set(groupRef, [...(members.get(groupRef) ?? []), userRef]);
    }
  }
  return members;
}

/**
 * Runs the DEMO survey rounds through the API, signed in as example users: for each platform its
 * owner opens the two previous quarters' rounds (starting in the past), people of adopting teams
 * answer with deterministic scores, and the owner closes them; the Logging Platform keeps an open
 * round for the current quarter that the guest has not answered. Idempotent: a closed round with
 * the same title is left alone, an open one is answered again (answers replace) and closed.
 */
export async function loadSurveysDemo(options: {
  baseUrl: string;
  log: (message: string) => void;
  now?: Date;
}): Promise<void> {
  const { baseUrl, log } = options;
  const now = options.now ?? new Date();
  const members = membersByGroup(loadExampleEntities());
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (userRef: string) => {
    if (!tokens.has(userRef)) {
      tokens.set(userRef, signInAsExampleUser(baseUrl, userRef));
    }
    return tokens.get(userRef)!;
  };
  const call = async <T>(
    userRef: string,
    method: string,
    path: string,
    body?: unknown,
  ) =>
    callAsUser<T>({
      baseUrl,
      token: await tokenOf(userRef),
      method,
      path,
      body,
    });

  const current = cadenceRound({ cadence: 'quarterly', now });
  // The two quarters before the current one, each found from the day before the next one starts
  // (90 days back from the last days of a quarter would still be inside it).
  const quarterBefore = (quarter: { startsAt: Date }) =>
    cadenceRound({
      cadence: 'quarterly',
      now: new Date(quarter.startsAt.getTime() - DAY_MS),
    });
  const previous = quarterBefore(current);
  const quarters = [quarterBefore(previous), previous];

  for (const demo of DEMO_SURVEYS) {
    // One platform's failure (say, a user the catalog has not ingested yet) leaves the others'.
    try {
      log(`  ${demo.platform}: ${await runPlatform(demo)}`);
    } catch (error) {
      log(`  ${demo.platform}: could not run its survey rounds: ${error}`);
    }
  }

  async function runPlatform(demo: DemoSurveyPlatform): Promise<string> {
    const owner = `user:default/${demo.owner}`;
    const base = `/platforms/system/default/${demo.platform}`;
    const adoption = await call<AdoptionReport>(
      owner,
      'GET',
      `${base}/adoption`,
    );
    const people = [
      ...new Set(
        adoption.teams.adoptingRefs.flatMap(team => members.get(team) ?? []),
      ),
    ]
      .filter(user => user !== owner)
      .sort((a, b) =>
        unit(`${demo.platform}/${a}`) < unit(`${demo.platform}/${b}`) ? -1 : 1,
      );

    const answerAll = async (
      round: SurveyRound,
      respondents: string[],
      mean: number,
    ) => {
      for (const user of respondents) {
        const seed = `${demo.platform}/${round.title}/${user}`;
        const withComment = unit(`${seed}/comment`) < 0.3;
        await call(
          user,
          'POST',
          `${base}/surveys/rounds/${round.id}/responses`,
          {
            score: demoScore(mean, seed),
            ...(withComment
              ? {
                  comment:
                    COMMENTS[
                      Math.floor(unit(`${seed}/text`) * COMMENTS.length)
                    ],
                  signed: unit(`${seed}/signed`) < 0.3,
                }
              : {}),
          },
        );
      }
    };
    const findRound = async (title: string) =>
      (
        await call<SurveyResults>(owner, 'GET', `${base}/surveys/results`)
      ).rounds.find(r => r.round.title === title)?.round;
    const openRound = (title: string, startsAt: Date, question: string) =>
      call<SurveyRound>(owner, 'POST', `${base}/surveys/rounds`, {
        title,
        question,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(now.getTime() + HOUR_MS).toISOString(),
      });

    const summary: string[] = [];
    for (const [index, quarter] of quarters.entries()) {
      let round = await findRound(quarter.title);
      if (round?.closedAt) {
        summary.push(`${quarter.title} already closed`);
        continue;
      }
      round ??= await openRound(
        quarter.title,
        quarter.startsAt,
        'What is the biggest pain point?',
      );
      const respondents = people.slice(
        0,
        Math.min(people.length, demo.respondents - index * 3),
      );
      await answerAll(round, respondents, demo.meanScores[index]);
      await call(owner, 'POST', `${base}/surveys/rounds/${round.id}/close`);
      summary.push(`${quarter.title}: ${respondents.length} answers, closed`);
    }

    if (demo.openRound) {
      let round = await findRound(current.title);
      if (!round) {
        round = await call<SurveyRound>(
          owner,
          'POST',
          `${base}/surveys/rounds`,
          {
            title: current.title,
            question: 'What would most improve your workflow?',
            startsAt: new Date(now.getTime() - 2 * DAY_MS).toISOString(),
            endsAt: new Date(now.getTime() + 14 * DAY_MS).toISOString(),
          },
        );
      }
      if (!round.closedAt) {
        const respondents = people
          .filter(user => user !== 'user:default/guest')
          .slice(0, demo.openRound.respondents);
        await answerAll(round, respondents, demo.openRound.meanScore);
        summary.push(
          `${current.title}: open, ${respondents.length} answers (not the guest)`,
        );
      }
    }
    return `${summary.join('; ')} (owner ${owner})`;
  }
}
