import { EntityHasSystemsCard } from '@backstage/plugin-catalog';
import {
  aboutAndGraphContent,
  halfCard,
  overviewOnlyPage,
} from './entityContent';

/** The page of a domain. */
export const domainPage = overviewOnlyPage(
  <>
    {aboutAndGraphContent}
    {halfCard(<EntityHasSystemsCard />)}
  </>,
);
