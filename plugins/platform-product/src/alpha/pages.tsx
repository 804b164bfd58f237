import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import type { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import TimelineIcon from '@material-ui/icons/Timeline';
import ViewModuleIcon from '@material-ui/icons/ViewModule';
import EventBusyIcon from '@material-ui/icons/EventBusy';
import {
  deprecationsRouteRef,
  portfolioRouteRef,
  roadmapRouteRef,
} from '../routes';

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
    icon: <EventBusyIcon />,
    // The page links to one deprecation by its sub-route, so the app must know its route.
    routeRef: convertLegacyRouteRef(deprecationsRouteRef),
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
    icon: <TimelineIcon />,
    routeRef: convertLegacyRouteRef(roadmapRouteRef),
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
    icon: <ViewModuleIcon />,
    routeRef: convertLegacyRouteRef(portfolioRouteRef),
    loader: () =>
      import('../features/portfolio/components/PortfolioPage').then(m => (
        <m.PortfolioPage />
      )),
  },
});
