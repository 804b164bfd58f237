import { z } from 'zod/v3';
import { WELL_KNOWN_METRICS } from '../core/metrics';
import { metricSource, says, strictObject } from './schemaPrimitives';

const LABEL_NAME =
  'must be a label name such as service: letters, digits and _, not starting with a digit';

const kpiSourceSchema = (perConsumer: boolean) =>
  strictObject({
    metricSource: metricSource(),
    counter: z
      .boolean(says('must be true (a counter) or false (a measured value)'))
      .optional(),
    entityLabel: perConsumer
      ? z
          .string(says(LABEL_NAME))
          .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, { message: LABEL_NAME })
          .optional()
      : z
          .never({
            errorMap: () => ({
              message:
                'is only for per-consumer metrics (deployments, change_failures, lead_time_hours); this metric is measured on the platform itself, so its series are added up',
            }),
          })
          .optional(),
  });

/**
 * The zod schema of `spec.platform.kpiSources`: a well-known metric's name → where its points are
 * pulled from. A per-consumer metric may name the label that maps its series to services.
 */
export const kpiSourcesSchema = strictObject(
  Object.fromEntries(
    WELL_KNOWN_METRICS.map(metric => [
      metric.name,
      kpiSourceSchema(metric.scope === 'consumer').optional(),
    ]),
  ),
);
