import fs from 'node:fs';
import path from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { parse, parseAllDocuments } from 'yaml';

/** The example organisation's folder. */
// This private package only ever runs from the repository, never from a production build.
// eslint-disable-next-line no-restricted-syntax
export const EXAMPLES_DIR = path.resolve(__dirname, '../../../examples');

/** Reads every entity that examples/all.yaml points the catalog at. */
export function loadExampleEntities(examplesDir = EXAMPLES_DIR): Entity[] {
  const location = parse(
    fs.readFileSync(path.join(examplesDir, 'all.yaml'), 'utf8'),
  );
  return (location.spec.targets as string[]).flatMap(target =>
    parseAllDocuments(
      fs.readFileSync(path.join(examplesDir, target), 'utf8'),
    ).map(document => document.toJS() as Entity),
  );
}
