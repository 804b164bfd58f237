import {
  MetricProvider,
  MetricProvidersExtensionPoint,
} from '@platform-product/backstage-plugin-platform-product-node';

/**
 * The metric providers the installed modules registered, by the `metricSource.type` they serve
 * (compared without case). Filled through the extension point before the plugin starts.
 *
 * @internal
 */
export class MetricProviderRegistry implements MetricProvidersExtensionPoint {
  private readonly byType = new Map<string, MetricProvider>();

  addProvider(...providers: MetricProvider[]): void {
    for (const provider of providers) {
      for (const type of provider.types) {
        const key = type.toLowerCase();
        if (this.byType.has(key)) {
          throw new Error(
            `Two metric providers serve the metricSource type ${type}; install only one module for it`,
          );
        }
        this.byType.set(key, provider);
      }
    }
  }

  /** The provider of a type, if a module serves it. */
  forType(type: string): MetricProvider | undefined {
    return this.byType.get(type.toLowerCase());
  }

  /** The types served, sorted. */
  types(): string[] {
    return [
      ...new Set([...this.byType.values()].flatMap(p => [...p.types])),
    ].sort();
  }
}
