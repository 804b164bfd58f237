import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

export const rootRouteRef = createRouteRef({
  id: 'platform-product',
});

/** The deprecations page. */
export const deprecationsRouteRef = createRouteRef({
  id: 'platform-product-deprecations',
});

/** One deprecation on the deprecations page. */
export const deprecationRouteRef = createSubRouteRef({
  id: 'platform-product-deprecation',
  parent: deprecationsRouteRef,
  path: '/:kind/:namespace/:name',
});

/** The cross-platform roadmap page. */
export const roadmapRouteRef = createRouteRef({
  id: 'platform-product-roadmap',
});

/** The platforms portfolio page. */
export const portfolioRouteRef = createRouteRef({
  id: 'platform-product-portfolio',
});
