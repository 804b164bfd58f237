import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { normalizePersonaRef, validateRoadmapFile } from './roadmapFile';

const item = (overrides: Record<string, unknown> = {}) => ({
  id: 'faster-rollbacks',
  horizon: 'next',
  title: 'Faster rollbacks',
  problem: 'Rolling back takes 20 minutes',
  hypothesis:
    'We believe one-step rollback will cut recovery time, measured by MTTR',
  confidence: 'medium',
  status: 'committed',
  personas: ['sre-oncall'],
  category: 'reliability',
  ...overrides,
});

const file = (spec: Record<string, unknown>) => ({
  apiVersion: 'platform-product.dev/v1alpha1',
  kind: 'Roadmap',
  spec,
});

describe('validateRoadmapFile', () => {
  it('accepts a valid file and normalises persona refs', () => {
    const result = validateRoadmapFile(
      file({
        investmentMix: { 'new-capability': 60, reliability: 40 },
        items: [item({ keyResult: 'deploy-kr-mttr' })],
      }),
    );
    expect(result.problems).toEqual([]);
    expect('roadmap' in result && result.roadmap.spec.items[0]).toMatchObject({
      personas: ['persona:default/sre-oncall'],
      keyResult: 'deploy-kr-mttr',
    });
  });

  it('names the path, the expected values and what it got', () => {
    const result = validateRoadmapFile(
      file({
        items: [item(), item({ id: 'b' }), item({ id: 'c', horizon: 'soon' })],
      }),
    );
    expect(result.problems).toEqual([
      "spec.items[2].horizon must be one of now, next, later — got 'soon'",
    ]);
  });

  it('reports every problem: missing fields, unknown fields, duplicate ids, a bad mix', () => {
    const missing = item();
    delete (missing as Record<string, unknown>).title;
    expect(
      validateRoadmapFile(file({ items: [missing, item({ colour: 'red' })] }))
        .problems,
    ).toEqual([
      'spec.items[0].title is required; it must be a non-empty string',
      'spec.items[1] has unknown field colour',
    ]);
    expect(
      validateRoadmapFile(
        file({
          investmentMix: { reliability: 90 },
          items: [item(), item()],
        }),
      ).problems,
    ).toEqual([
      'spec.investmentMix must sum to 100 — got 90; e.g. new-capability: 70, reliability: 20, cost: 10',
      "spec.items[1].id 'faster-rollbacks' is already used by spec.items[0]; ids must be unique",
    ]);
  });

  it('refuses another kind of document', () => {
    expect(
      validateRoadmapFile({ apiVersion: 'v1', kind: 'Roadmap', spec: {} })
        .problems,
    ).toEqual([
      "apiVersion must be platform-product.dev/v1alpha1 — got 'v1'",
      'spec.items is required; it must be a list of items',
    ]);
  });
});

describe('normalizePersonaRef', () => {
  it('fills in the kind and namespace', () => {
    expect(normalizePersonaRef('SRE-oncall')).toBe(
      'persona:default/sre-oncall',
    );
    expect(normalizePersonaRef('persona:team/x')).toBe('persona:team/x');
  });
});

describe('the example roadmaps', () => {
  const dir = path.resolve(__dirname, '../../../../examples/platforms');
  const files = fs
    .readdirSync(dir)
    .filter(name => name.endsWith('-roadmap.yaml'));

  it('exist for every example platform', () => {
    expect(files.sort()).toEqual([
      'data-pipeline-platform-roadmap.yaml',
      'deploy-platform-roadmap.yaml',
      'logging-platform-roadmap.yaml',
      'observability-platform-roadmap.yaml',
      'secrets-platform-roadmap.yaml',
    ]);
  });

  it.each(files)('%s is a valid roadmap file', name => {
    const result = validateRoadmapFile(
      parse(fs.readFileSync(path.join(dir, name), 'utf8')),
    );
    expect(result.problems).toEqual([]);
  });
});
