import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { describeMetadataProblem, validateMetadata } from './validateMetadata';

const fixtures = path.resolve(__dirname, '../../../../examples/fixtures');

function loadYaml(file: string): Entity[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).map(
    doc => doc.toJS() as Entity,
  );
}

describe('validateMetadata', () => {
  const invalid = loadYaml(path.join(fixtures, 'invalid-entities.yaml'));
  const expected: Record<string, string[]> = parse(
    fs.readFileSync(path.join(fixtures, 'expected-errors.yaml'), 'utf8'),
  );

  it('has an expectation for every invalid fixture', () => {
    expect(invalid.map(e => stringifyEntityRef(e)).sort()).toEqual(
      Object.keys(expected).sort(),
    );
  });

  it.each(invalid.map(e => [stringifyEntityRef(e), e] as const))(
    'reports the exact problems of %s',
    (ref, entity) => {
      const { problems } = validateMetadata(entity);
      expect(problems.map(p => p.message)).toEqual(expected[ref]);
    },
  );
});

describe('the example organisation', () => {
  const examples = path.resolve(fixtures, '..');
  const all = parse(fs.readFileSync(path.join(examples, 'all.yaml'), 'utf8'));
  const entities = (all.spec.targets as string[]).flatMap(target =>
    loadYaml(path.join(examples, target)),
  );

  it('passes validation, every entity of it', () => {
    const problems = entities.flatMap(entity =>
      validateMetadata(entity).problems.map(p =>
        describeMetadataProblem(entity, p),
      ),
    );
    expect(problems).toEqual([]);
    expect(entities.length).toBeGreaterThan(150);
  });

  it('declares at least five platforms and four personas', () => {
    expect(
      entities.filter(e => validateMetadata(e).platform).length,
    ).toBeGreaterThanOrEqual(5);
    expect(
      entities.filter(e => validateMetadata(e).persona).length,
    ).toBeGreaterThanOrEqual(4);
  });
});

describe('validateMetadata on single fields', () => {
  const platform = (block: Record<string, unknown>) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'p' },
    spec: {
      owner: 'team-a',
      platform: { category: 'deployment', personas: ['a'], ...block },
    },
  });

  it('accepts the smallest platform declaration', () => {
    const result = validateMetadata(platform({}));
    expect(result.problems).toEqual([]);
    expect(result.platform).toEqual({
      category: 'deployment',
      personas: ['a'],
    });
  });

  it('tells a percentage written as a string how to write it', () => {
    const { problems } = validateMetadata(
      platform({ targets: { availability: '99.95' } }),
    );
    expect(problems.map(p => p.message)).toEqual([
      'spec.platform.targets.availability must be a number in [0, 1) — got "99.95"; write 0.9995',
    ]);
  });

  it('refuses a duplicate SLO name', () => {
    const slo = {
      name: 'availability',
      indicator: {
        ratioMetric: { good: { metric: 'a' }, total: { metric: 'b' } },
      },
      timeWindow: [{ duration: '30d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.99 }],
    };
    const { problems } = validateMetadata(platform({ slos: [slo, slo] }));
    expect(problems.map(p => p.message)).toEqual([
      'spec.platform.slos[1].name must be unique among the platform’s SLOs — got "availability"',
    ]);
  });

  it('refuses a deprecation that ends the day it is announced', () => {
    const { problems, deprecation } = validateMetadata({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'c' },
      spec: {
        deprecation: {
          announced: '2026-05-01',
          sunset: '2026-05-01',
          reason: 'x',
        },
      },
    });
    expect(deprecation).toBeUndefined();
    expect(problems.map(p => p.message)).toEqual([
      'spec.deprecation.sunset must be after the announcement (2026-05-01) — got "2026-05-01"',
    ]);
  });

  it('ignores entities without Platform Product metadata', () => {
    expect(
      validateMetadata({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'c' },
        spec: { type: 'service' },
      }),
    ).toEqual({ problems: [] });
  });
});

describe('spec.platform survey cadence', () => {
  const platform = (extra: Record<string, unknown>): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'surveyed', namespace: 'default' },
    spec: {
      owner: 'group:default/team-a',
      platform: { category: 'logging', personas: ['sre-oncall'], ...extra },
    },
  });

  it('accepts a quarterly cadence of 21 days', () => {
    const result = validateMetadata(
      platform({ surveyCadence: 'quarterly', surveyDurationDays: 21 }),
    );
    expect(result.problems).toEqual([]);
    expect(result.platform).toMatchObject({
      surveyCadence: 'quarterly',
      surveyDurationDays: 21,
    });
  });

  it('names the allowed cadences and the allowed duration', () => {
    const { problems } = validateMetadata(
      platform({ surveyCadence: 'weekly', surveyDurationDays: 0.5 }),
    );
    expect(problems.map(p => p.message)).toEqual([
      'spec.platform.surveyCadence must be one of monthly, quarterly, half-yearly — got "weekly"',
      'spec.platform.surveyDurationDays must be a whole number of days from 1 to 90 — got 0.5',
    ]);
  });
});
