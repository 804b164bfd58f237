import { EntityAboutCard } from '@backstage/plugin-catalog';
import { EntityCatalogGraphCard } from '@backstage/plugin-catalog-graph';
import { EntityPersonaPlatformsCard } from '@platform-product/backstage-plugin-platform-product';
import { halfCard, overviewOnlyPage } from './entityContent';

/** The page of a persona: the platforms that serve it. */
export const personaPage = overviewOnlyPage(
  <>
    {halfCard(<EntityAboutCard />)}
    {halfCard(<EntityPersonaPlatformsCard />)}
    {halfCard(<EntityCatalogGraphCard height={400} />)}
  </>,
);
