import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { validateMetadata } from './validateMetadata';

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
