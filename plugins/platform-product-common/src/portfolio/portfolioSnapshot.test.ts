import { summarizeObjectives, summarizeReliability } from './portfolioSnapshot';

const slo = (
  name: string,
  health: string,
  remaining: number | null,
  alertState: string,
) =>
  ({
    name,
    displayName: name.toUpperCase(),
    target: 0.99,
    attainment: remaining === null ? null : 0.995,
    budget: remaining === null ? null : { remaining },
    health,
    alertState,
  } as any);

describe('summarizeReliability', () => {
  it('names the worst SLO and the most severe alert', () => {
    expect(
      summarizeReliability([
        slo('a', 'healthy', 0.8, 'ok'),
        slo('b', 'at-risk', 0.2, 'ticket'),
        slo('c', 'at-risk', 0.1, 'ok'),
      ]),
    ).toEqual({
      health: 'at-risk',
      slos: 3,
      worst: {
        name: 'c',
        displayName: 'C',
        target: 0.99,
        attainment: 0.995,
        budgetRemaining: 0.1,
      },
      alertState: 'ticket',
    });
  });

  it('is null for a platform without SLOs', () => {
    expect(summarizeReliability([])).toBeNull();
  });
});

describe('summarizeObjectives', () => {
  const measured = (
    progressClamped: number,
    reached: boolean,
    regressed: boolean,
  ) => ({
    progress: {
      state: 'measured',
      value: 1,
      lastPointAt: '',
      progress: progressClamped,
      progressClamped,
      reached,
      regressed,
    },
  });
  it('averages the progress of measured key results and counts those on track', () => {
    expect(
      summarizeObjectives([
        {
          keyResults: [
            measured(1, true, false),
            measured(0, false, true),
          ] as any,
        },
        {
          keyResults: [
            measured(0.5, false, false),
            { progress: { state: 'no-data' } },
          ] as any,
        },
      ]),
    ).toEqual({
      objectives: 2,
      keyResults: 4,
      measured: 3,
      meanProgress: 0.5,
      onTrack: 2,
    });
  });

  it('is null without objectives', () => {
    expect(summarizeObjectives([])).toBeNull();
  });
});
