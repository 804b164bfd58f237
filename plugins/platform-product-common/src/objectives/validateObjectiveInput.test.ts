import { KeyResultInput } from './types';
import { normalizeGroupRef } from './keyResultScope';
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

  describe('scoped to a group', () => {
    const adoptionKr: KeyResultInput = {
      title: 'Commerce runs 80 % of its services on containerd',
      binding: { type: 'adoption' },
      scope: { groupRef: 'group:default/org-commerce' },
      baseline: 0.2,
      target: 0.8,
      direction: 'increase',
    };
    const dockerKr: KeyResultInput = {
      title: 'Commerce leaves Docker',
      binding: {
        type: 'deprecation-consumers',
        deprecationRef: 'resource:default/docker-runtime',
      },
      scope: { groupRef: 'org-commerce' },
      baseline: 12,
      target: 0,
      direction: 'decrease',
    };

    it('accepts a scope on adoption and deprecation-consumers key results, and the latter unscoped', () => {
      expect(validateKeyResultInput(adoptionKr)).toEqual([]);
      expect(validateKeyResultInput(dockerKr)).toEqual([]);
      expect(validateKeyResultInput({ ...dockerKr, scope: undefined })).toEqual(
        [],
      );
    });

    it.each([
      [{ type: 'nps' }, 'nps'],
      [{ type: 'slo-attainment', slo: 'availability' }, 'slo-attainment'],
      [metricKr.binding, 'metric'],
    ] as const)(
      'refuses a scope on a %j key result, saying what to do',
      (binding, type) => {
        expect(
          validateKeyResultInput({
            ...adoptionKr,
            binding,
            baseline: 0.2,
            target: 0.8,
            direction: 'increase',
          }),
        ).toEqual([
          `scope: a key result bound to '${type}' cannot be scoped to a group, only one bound to 'adoption', 'deprecation-consumers'; remove the scope, or bind the key result to one of those`,
        ]);
      },
    );

    it('refuses a malformed group ref, a ref of another kind and a scope that is not an object', () => {
      expect(
        validateKeyResultInput({
          ...adoptionKr,
          scope: { groupRef: 'a:b:c/' },
        }),
      ).toEqual([
        'scope.groupRef: "a:b:c/" is not a group ref; write group:<namespace>/<name> or just the group\'s name, e.g. group:default/commerce',
      ]);
      expect(
        validateKeyResultInput({
          ...adoptionKr,
          scope: { groupRef: 'user:default/ann' },
        }),
      ).toEqual([
        'scope.groupRef: "user:default/ann" is a user, not a Group; scope a key result to an org or a team, e.g. group:default/commerce',
      ]);
      expect(
        validateKeyResultInput({
          ...adoptionKr,
          scope: { groupRef: 7 } as any,
        }),
      ).toEqual([
        expect.stringMatching(/^scope.groupRef: 7 is not a group ref/),
      ]);
      expect(
        validateKeyResultInput({ ...adoptionKr, scope: 'commerce' as any }),
      ).toEqual([
        'scope: must be an object naming a group, e.g. { "groupRef": "group:default/commerce" }, or left out',
      ]);
    });

    it('refuses a deprecation binding without an entity ref', () => {
      expect(
        validateKeyResultInput({
          ...dockerKr,
          binding: { type: 'deprecation-consumers', deprecationRef: 'docker' },
        }),
      ).toEqual([
        'binding.deprecationRef: "docker" is not an entity ref; name the deprecated entity as kind:namespace/name, e.g. resource:default/docker-runtime',
      ]);
    });
  });
});

describe('normalizeGroupRef', () => {
  it('writes group refs as the catalog does', () => {
    for (const ref of [
      'org-commerce',
      'group:org-commerce',
      'Group:default/Org-Commerce',
      ' group:default/org-commerce ',
    ]) {
      expect(normalizeGroupRef(ref)).toBe('group:default/org-commerce');
    }
    expect(normalizeGroupRef('group:acme/commerce')).toBe(
      'group:acme/commerce',
    );
  });
});
