import { FeatureTask } from '../../core/tasks';
import { MetricPullService } from './MetricPullService';

/**
 * The data sources' scheduled work: pulling every metricSource of every platform.
 *
 * @internal
 */
export function dataSourceTasks(services: {
  metricPulls: MetricPullService;
  pullIntervalMinutes: number;
}): FeatureTask[] {
  return [
    {
      id: 'platform-product-metric-pull',
      description:
        "pulls every SLO metric that a platform declares with a metricSource, through the provider of the source's type",
      frequency: { minutes: services.pullIntervalMinutes },
      timeout: { minutes: 10 },
      initialDelay: { seconds: 20 },
      fn: () => services.metricPulls.pullAll(),
    },
  ];
}
