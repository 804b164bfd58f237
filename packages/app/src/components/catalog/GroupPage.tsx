import { EntityLinksCard } from '@backstage/plugin-catalog';
import {
  EntityGroupProfileCard,
  EntityMembersListCard,
  EntityOwnershipCard,
} from '@backstage/plugin-org';
import { EntityGroupPlatformsCard } from '@platform-product/backstage-plugin-platform-product';
import { halfCard, overviewOnlyPage } from './entityContent';

/** The page of a group, with the group's own picture of the platforms. */
export const groupPage = overviewOnlyPage(
  <>
    {halfCard(<EntityGroupProfileCard />)}
    {halfCard(<EntityGroupPlatformsCard />)}
    {halfCard(<EntityOwnershipCard />)}
    {halfCard(<EntityMembersListCard />)}
    {halfCard(<EntityLinksCard />)}
  </>,
);
