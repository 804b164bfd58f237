import {
  EntityOwnershipCard,
  EntityUserProfileCard,
} from '@backstage/plugin-org';
import { halfCard, overviewOnlyPage } from './entityContent';

/** The page of a user. */
export const userPage = overviewOnlyPage(
  <>
    {halfCard(<EntityUserProfileCard />)}
    {halfCard(<EntityOwnershipCard />)}
  </>,
);
