import { EntityLayout } from '@backstage/plugin-catalog';
import { overviewContent, platformProductRoutes } from './entityContent';

/**
 * The page of an entity of any other kind or type.
 *
 * NOTE: This page is designed to work on small screens such as mobile devices.
 * This is based on Material UI Grid. If breakpoints are used, each grid item must set the `xs` prop to a column size or to `true`,
 * since this does not default. If no breakpoints are used, the items will equitably share the available space.
 * https://material-ui.com/components/grid/#basic-grid.
 */
export const defaultEntityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {overviewContent}
    </EntityLayout.Route>

    {platformProductRoutes}
  </EntityLayout>
);
