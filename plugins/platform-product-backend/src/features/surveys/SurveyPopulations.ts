import {
  PlatformGraph,
  SurveyPopulation,
} from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';

/**
 * The survey population (who is in which team, persona and org) of the catalog graph, indexed once
 * per graph the provider hands out and shared by answers, prompts and results.
 *
 * @internal
 */
export class SurveyPopulations {
  private readonly populations = new WeakMap<PlatformGraph, SurveyPopulation>();

  constructor(
    private readonly options: {
      graphs: PlatformGraphProvider;
      orgGroupTypes?: readonly string[];
    },
  ) {}

  /** The population of the current catalog graph. */
  async current(): Promise<SurveyPopulation> {
    return this.of(await this.options.graphs.get());
  }

  /** The population of this catalog graph. */
  of(graph: PlatformGraph): SurveyPopulation {
    let population = this.populations.get(graph);
    if (!population) {
      population = SurveyPopulation.create(graph, {
        orgGroupTypes: this.options.orgGroupTypes,
      });
      this.populations.set(graph, population);
    }
    return population;
  }
}
