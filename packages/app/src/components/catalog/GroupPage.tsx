import { EntityLinksCard } from '@backstage/plugin-catalog';
import {
  EntityGroupProfileCard,
  EntityMembersListCard,
  EntityOwnershipCard,
} from '@backstage/plugin-org';
import { halfCard, overviewOnlyPage } from './entityContent';

/** The page of a group. */
export const groupPage = overviewOnlyPage(
  <>
    {halfCard(<EntityGroupProfileCard />)}
    {halfCard(<EntityOwnershipCard />)}
    {halfCard(<EntityMembersListCard />)}
    {halfCard(<EntityLinksCard />)}
  </>,
);
