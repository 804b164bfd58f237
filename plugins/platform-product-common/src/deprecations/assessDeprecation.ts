import type { PlatformConsumer } from '../adoption/types';
import type { DeprecationSpec } from '../catalog/types';
import {
  DeprecationExceptionState,
  exceptionState,
  isInViolation,
} from './deprecationRules';
import type {
  DeprecationConsumerStatus,
  DeprecationException,
  DeprecationExceptionCounts,
} from './types';

/**
 * An exception as stored, before its state on a day is known.
 *
 * @public
 */
export type StoredDeprecationException = Omit<
  DeprecationException,
  'state' | 'consumerInCatalog'
>;

/**
 * A deprecation's consumers and exceptions as of one day.
 *
 * @public
 */
export interface DeprecationAssessment {
  consumers: DeprecationConsumerStatus[];
  /** Every exception, newest request first (ties by id), with its state and whether its consumer still exists. */
  exceptions: DeprecationException[];
  counts: {
    consumers: number;
    consumerTeams: number;
    violations: number;
    exceptions: DeprecationExceptionCounts;
  };
}

/**
 * Assesses a deprecation on `today`: each current consumer with its latest exception and whether it
 * is in violation, every exception with its state, and the counts shown on the deprecations page.
 * Exceptions of consumers that are no longer consumers are kept (flagged `consumerInCatalog: false`)
 * but count nowhere.
 *
 * @param options - with:
 *   - `consumers`: the current consumers (see `findConsumers`)
 *   - `exceptions`: every exception ever requested for this deprecation
 *   - `titles`: display names of consumers, by ref
 * @public
 */
export function assessDeprecation(options: {
  spec: Pick<DeprecationSpec, 'announced' | 'sunset'>;
  consumers: readonly PlatformConsumer[];
  exceptions: readonly StoredDeprecationException[];
  today: string;
  titles?: ReadonlyMap<string, string>;
}): DeprecationAssessment {
  const { spec, today } = options;
  const current = new Set(options.consumers.map(c => c.entityRef));
  const exceptions: DeprecationException[] = [...options.exceptions]
    .sort((a, b) =>
      a.requestedAt === b.requestedAt
        ? a.id.localeCompare(b.id)
        : b.requestedAt.localeCompare(a.requestedAt),
    )
    .map(exception => ({
      ...exception,
      state: exceptionState(exception, today),
      consumerInCatalog: current.has(exception.consumerRef),
    }));
  const latest = new Map<string, DeprecationException>();
  for (const exception of exceptions) {
    if (!latest.has(exception.consumerRef)) {
      latest.set(exception.consumerRef, exception);
    }
  }
  const consumers = options.consumers.map(consumer => {
    const exception = latest.get(consumer.entityRef) ?? null;
    return {
      entityRef: consumer.entityRef,
      title: options.titles?.get(consumer.entityRef) ?? null,
      ownerRefs: consumer.ownerRefs,
      via: consumer.via,
      exception,
      inViolation: isInViolation({
        spec,
        today,
        exceptionState: exception?.state ?? null,
      }),
    };
  });
  const counts: DeprecationExceptionCounts = {
    requested: 0,
    approved: 0,
    denied: 0,
    expired: 0,
  };
  for (const consumer of consumers) {
    const state: DeprecationExceptionState | undefined =
      consumer.exception?.state;
    if (state) {
      counts[state] += 1;
    }
  }
  return {
    consumers,
    exceptions,
    counts: {
      consumers: consumers.length,
      consumerTeams: new Set(consumers.flatMap(c => c.ownerRefs)).size,
      violations: consumers.filter(c => c.inViolation).length,
      exceptions: counts,
    },
  };
}
