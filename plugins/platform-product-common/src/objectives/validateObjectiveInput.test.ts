import { KeyResultInput } from './types';
import {
  validateKeyResultInput,
  validateObjectiveInput,
} from './validateObjectiveInput';

const metricKr: KeyResultInput = {
  id: 'deploy-kr-lead-time',
  title: 'Lead time p50 under 8 hours',
  binding: {
    type: 'metric',
    metric: 'lead_time_hours',
    aggregation: 'p50',
    window: '28d',
  },
  baseline: 16,
  target: 8,
  direction: 'decrease',
};

describe('validateObjectiveInput', () => {
  it('accepts a valid objective', () => {
    expect(
      validateObjectiveInput({
        id: 'faster-delivery',
        title: 'Ship faster',
        category: 'engineering-velocity',
        period: '2026-Q4',
      }),
    ).toEqual([]);
  });

  it('names each bad field', () => {
    expect(
      validateObjectiveInput({
        id: 'Not A Slug',
        title: ' ',
        category: 'vibes' as any,
      }),
    ).toEqual([
      expect.stringMatching(/^id: "Not A Slug" is not a valid id/),
      'title: is required and must be text',
      expect.stringMatching(
        /^category: "vibes" is not an enablement category; use one of 'engineering-velocity'/,
      ),
    ]);
  });
});

describe('validateKeyResultInput', () => {
  it('accepts each binding type', () => {
    expect(validateKeyResultInput(metricKr)).toEqual([]);
    for (const binding of [
      { type: 'adoption' },
      { type: 'nps' },
      { type: 'slo-attainment', slo: 'availability' },
    ] as const) {
      expect(
        validateKeyResultInput({
          ...metricKr,
          binding,
          baseline: 0.5,
          target: 0.7,
          direction: 'increase',
        }),
      ).toEqual([]);
    }
  });

  it('refuses an unknown binding type, aggregation and an unparseable window', () => {
    expect(
      validateKeyResultInput({
        ...metricKr,
        binding: { type: 'vibes' } as any,
      }),
    ).toEqual([
      expect.stringMatching(
        /^binding.type: "vibes" is not a binding type; use one of 'adoption', 'nps', 'slo-attainment', 'metric'/,
      ),
    ]);
    expect(
      validateKeyResultInput({
        ...metricKr,
        binding: {
          type: 'metric',
          metric: 'lead_time_hours',
          aggregation: 'p99' as any,
          window: 'a month',
        },
      }),
    ).toEqual([
      expect.stringMatching(
        /^binding.aggregation: "p99" is not an aggregation/,
      ),
      expect.stringMatching(
        /^binding.window: "a month" is not a window; write a whole number/,
      ),
    ]);
  });

  it('bounds the window at 400 days and the label filter like metric labels', () => {
    const withBinding = (binding: Partial<typeof metricKr.binding>) =>
      validateKeyResultInput({
        ...metricKr,
        binding: { ...metricKr.binding, ...binding } as any,
      });
    expect(withBinding({ window: '400d' })).toEqual([]);
    expect(withBinding({ window: '58w' })).toEqual([
      'binding.window: "58w" is longer than 400 days; aggregate over a shorter window, e.g. 28d or 365d',
    ]);
    expect(withBinding({ window: `${'9'.repeat(400)}d` })).toEqual([
      expect.stringMatching(
        /^binding.window: "9{60}…" \(401 characters\) is longer than 400 days/,
      ),
    ]);
    expect(
      withBinding({
        labels: Object.fromEntries(
          Array.from({ length: 21 }, (_, i) => [`l${i}`, 'x']),
        ),
      }),
    ).toEqual(['binding.labels must hold at most 20 labels — got 21']);
    expect(withBinding({ labels: { region: 7 } as any })).toEqual([
      'binding.labels.region must be text — got 7',
    ]);
  });

  it('counts characters as people do and quotes at most a short prefix', () => {
    expect(
      validateKeyResultInput({ ...metricKr, title: '😀'.repeat(200) }),
    ).toEqual([]);
    expect(
      validateKeyResultInput({ ...metricKr, title: '😀'.repeat(201) }),
    ).toEqual(['title: is 201 characters long; at most 200 are allowed']);
    expect(
      validateKeyResultInput({
        ...metricKr,
        direction: [[['up']]] as any,
        baseline: 'x'.repeat(100_000) as any,
      }),
    ).toEqual([
      `baseline: "${'x'.repeat(60)}…" (100000 characters) is not a number`,
      "direction: an array is not a direction; use one of 'increase', 'decrease'",
    ]);
  });

  it('refuses a target equal to the baseline and an unknown direction', () => {
    expect(validateKeyResultInput({ ...metricKr, target: 16 })).toEqual([
      expect.stringMatching(/^target: equals the baseline \(16\)/),
    ]);
    expect(
      validateKeyResultInput({ ...metricKr, direction: 'up' as any }),
    ).toEqual([
      expect.stringMatching(
        /^direction: "up" is not a direction; use one of 'increase', 'decrease'/,
      ),
    ]);
  });

  it('refuses an SLO binding without an SLO name', () => {
    expect(
      validateKeyResultInput({
        ...metricKr,
        binding: { type: 'slo-attainment' } as any,
        baseline: 0.99,
        target: 0.999,
        direction: 'increase',
      }),
    ).toEqual([
      expect.stringMatching(/^binding.slo: names the platform's SLO/),
    ]);
  });
});
