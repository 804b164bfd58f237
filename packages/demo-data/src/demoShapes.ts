import { DemoProfile } from './demoProfiles';

/** One minute, in milliseconds. */
export const MINUTE = 60_000;
/** One day, in milliseconds. */
export const DAY_MS = 24 * 60 * MINUTE;

/** A number in [0, 1) that depends only on the text: the same seed gives the same value on every run. */
export function unitHash(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // One round of mulberry32 to spread FNV's low bits.
  let t = (hash + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Rounds up with a probability equal to the fraction, deterministically. */
export function stochasticRound(value: number, seed: string): number {
  const floor = Math.floor(value);
  return floor + (unitHash(seed) < value - floor ? 1 : 0);
}

/** Traffic shape: busier in office hours, quieter at weekends. */
export function trafficFactor(time: number): number {
  const date = new Date(time);
  const hour = date.getUTCHours() + date.getUTCMinutes() / 60;
  const daily = 1 + 0.35 * Math.sin((2 * Math.PI * (hour - 8)) / 24);
  const day = date.getUTCDay();
  return daily * (day === 0 || day === 6 ? 0.6 : 1);
}

/** The share of bad events at a time: the episode's it falls in, else the profile's usual one. */
export function errorRateAt(
  profile: DemoProfile,
  time: number,
  now: number,
): number {
  for (const episode of profile.episodes) {
    const start = now - episode.startsMinutesAgo * MINUTE;
    const end = start + episode.lastsMinutes * MINUTE;
    if (time >= start && time < end) {
      return episode.errorRate;
    }
  }
  return profile.errorRate;
}

/**
 * The requests of one interval and how many of them failed: `volume` requests scaled by the
 * traffic of the time and ±10 % of noise, failing at the profile's error rate then (also
 * answered), with noise; the same seed gives the same figures on every run.
 */
export function requestsAt(options: {
  profile: DemoProfile;
  time: number;
  now: number;
  volume: number;
  seed: string;
}): { events: number; failed: number; rate: number } {
  const { profile, time, now, volume, seed } = options;
  const events = Math.round(
    volume * trafficFactor(time) * (0.9 + 0.2 * unitHash(`${seed}/volume`)),
  );
  const rate = errorRateAt(profile, time, now);
  const failed = Math.min(
    events,
    stochasticRound(
      events * rate * (0.5 + unitHash(`${seed}/errors`)),
      `${seed}/round`,
    ),
  );
  return { events, failed, rate };
}

/** How often a consumer service deploys: its own pace, from 0.5 to 12 a weekday. */
function deploymentPace(consumerRef: string): number {
  return 0.5 + 11.5 * unitHash(`${consumerRef}/pace`) ** 2;
}

/** The deployments of a consumer service on the day that starts (00:00 UTC) at `day`. */
export function deploymentsOn(consumerRef: string, day: number): number {
  const seed = `${consumerRef}/${day}`;
  const weekday = Math.min(1, trafficFactor(day + 12 * 60 * MINUTE));
  return stochasticRound(
    deploymentPace(consumerRef) *
      weekday *
      (0.6 + 0.8 * unitHash(`${seed}/deployments`)),
    `${seed}/deployments/round`,
  );
}

/** The support tickets a platform gets on the day that starts (00:00 UTC) at `day`. */
export function supportTicketsOn(
  platformRef: string,
  profile: DemoProfile,
  day: number,
): number {
  const seed = `${platformRef}/${day}`;
  return stochasticRound(
    profile.supportTicketsPerDay * (0.5 + unitHash(`${seed}/tickets`)),
    `${seed}/tickets/round`,
  );
}
