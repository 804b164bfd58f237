import type { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';

/**
 * The deprecations page at /deprecations.
 *
 * @alpha
 */
export const deprecationsPage: ExtensionDefinition = PageBlueprint.make({
  name: 'deprecations',
  params: {
    path: '/deprecations',
    title: 'Deprecations',
    loader: () =>
      import('../features/deprecations/components/DeprecationsPage').then(m => (
        <m.DeprecationsPage />
      )),
  },
});

/**
 * The cross-platform roadmap page at /roadmap.
 *
 * @alpha
 */
export const roadmapPage: ExtensionDefinition = PageBlueprint.make({
  name: 'roadmap',
  params: {
    path: '/roadmap',
    title: 'Roadmaps',
    loader: () =>
      import('../features/roadmap/components/RoadmapPage').then(m => (
        <m.RoadmapPage />
      )),
  },
});

/**
 * The platforms portfolio page at /platforms.
 *
 * @alpha
 */
export const portfolioPage: ExtensionDefinition = PageBlueprint.make({
  name: 'portfolio',
  params: {
    path: '/platforms',
    title: 'Platforms',
    loader: () =>
      import('../features/portfolio/components/PortfolioPage').then(m => (
        <m.PortfolioPage />
      )),
  },
});
