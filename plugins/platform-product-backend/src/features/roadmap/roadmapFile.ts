import { InputError } from '@backstage/errors';
import {
  compareRanked,
  ROADMAP_FILE_API_VERSION,
  ROADMAP_FILE_KIND,
  ROADMAP_HORIZONS,
  RoadmapFile,
  validateRoadmapFile,
} from '@platform-product/backstage-plugin-platform-product-common';
import { parse, stringify } from 'yaml';
import { RoadmapItemRecord, RoadmapSettingsRecord } from './RoadmapStore';

/**
 * A roadmap file's content, validated: YAML syntax, the format (docs/roadmap.md), and personas the
 * catalog knows.
 *
 * @param knownPersonas - the Persona refs of the catalog, lower case
 * @throws InputError naming every problem found, with its place in the file
 * @internal
 */
export function parseRoadmapFile(
  text: string,
  knownPersonas: ReadonlySet<string>,
): RoadmapFile {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new InputError(
      `the file is not valid YAML: ${(error as Error).message}`,
    );
  }
  const result = validateRoadmapFile(document);
  const problems = [...result.problems];
  if ('roadmap' in result) {
    result.roadmap.spec.items.forEach((item, i) =>
      item.personas.forEach((persona, j) => {
        if (!knownPersonas.has(persona)) {
          problems.push(
            `spec.items[${i}].personas[${j}] '${persona}' is not a Persona in the catalog`,
          );
        }
      }),
    );
    if (problems.length === 0) return result.roadmap;
  }
  throw new InputError(problems.join('; '));
}

/**
 * A board as a roadmap file: its investment mix and its items, horizon by horizon in rank order,
 * then the dropped ones; importing the file gives the same board.
 *
 * @internal
 */
export function formatRoadmapFile(
  records: readonly RoadmapItemRecord[],
  settings: RoadmapSettingsRecord | undefined,
): string {
  const ordered = [
    ...ROADMAP_HORIZONS.flatMap(horizon =>
      records
        .filter(item => item.horizon === horizon && item.status !== 'dropped')
        .sort(compareRanked),
    ),
    ...records.filter(item => item.status === 'dropped').sort(compareRanked),
  ];
  const file: RoadmapFile = {
    apiVersion: ROADMAP_FILE_API_VERSION,
    kind: ROADMAP_FILE_KIND,
    spec: {
      ...(settings?.investmentMix
        ? { investmentMix: settings.investmentMix }
        : {}),
      items: ordered.map(item => ({
        id: item.fileId ?? item.id,
        horizon: item.horizon,
        title: item.title,
        problem: item.problem,
        hypothesis: item.hypothesis,
        confidence: item.confidence,
        status: item.status,
        personas: item.personas,
        category: item.category,
        ...(item.keyResultId ? { keyResult: item.keyResultId } : {}),
      })),
    },
  };
  return stringify(file, { lineWidth: 100 });
}
