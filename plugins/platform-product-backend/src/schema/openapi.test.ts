import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { renderOpenApiModule } from '../../scripts/generate-openapi.mjs';
import { MAX_POINTS_PER_BATCH } from '../core/metrics/MetricIngestService';
import { spec } from './openapi.generated';

const yamlText = fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8');
const generated = fs.readFileSync(
  path.join(__dirname, 'openapi.generated.ts'),
  'utf8',
);

describe('the OpenAPI contract', () => {
  it('is what openapi.generated.ts holds (run `yarn generate-openapi` in the package when this fails)', () => {
    expect(generated).toBe(renderOpenApiModule(yamlText));
  });

  it('would be noticed as changed when openapi.yaml changes', () => {
    const edited = yamlText.replace('maxItems: 5000', 'maxItems: 6000');
    expect(edited).not.toBe(yamlText);
    expect(renderOpenApiModule(edited)).not.toBe(generated);
  });

  it('holds the same batch limit as the ingest service', () => {
    expect(
      parse(yamlText).components.schemas.MetricBatch.properties.points,
    ).toMatchObject({ maxItems: MAX_POINTS_PER_BATCH });
    expect(spec.components.schemas.MetricBatch.properties.points.maxItems).toBe(
      MAX_POINTS_PER_BATCH,
    );
  });

  it('refuses a document without paths', () => {
    expect(() => renderOpenApiModule('openapi: 3.0.3\n')).toThrow(
      /must be an OpenAPI document with paths/,
    );
  });
});
