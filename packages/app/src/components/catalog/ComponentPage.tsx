import {
  EntityConsumedApisCard,
  EntityProvidedApisCard,
} from '@backstage/plugin-api-docs';
import {
  EntityLayout,
  EntitySwitch,
  isComponentType,
} from '@backstage/plugin-catalog';
import { defaultEntityPage } from './DefaultEntityPage';
import {
  dependenciesRoute,
  overviewContent,
  platformProductRoutes,
  twoCardRoute,
} from './entityContent';

const serviceEntityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {overviewContent}
    </EntityLayout.Route>

    {platformProductRoutes}

    {twoCardRoute(
      '/api',
      'API',
      <EntityProvidedApisCard />,
      <EntityConsumedApisCard />,
    )}

    {dependenciesRoute}
  </EntityLayout>
);

const websiteEntityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {overviewContent}
    </EntityLayout.Route>

    {platformProductRoutes}

    {dependenciesRoute}
  </EntityLayout>
);

/** The page of a component: services, websites, and the other types. */
export const componentPage = (
  <EntitySwitch>
    <EntitySwitch.Case if={isComponentType('service')}>
      {serviceEntityPage}
    </EntitySwitch.Case>

    <EntitySwitch.Case if={isComponentType('website')}>
      {websiteEntityPage}
    </EntitySwitch.Case>

    <EntitySwitch.Case>{defaultEntityPage}</EntitySwitch.Case>
  </EntitySwitch>
);
