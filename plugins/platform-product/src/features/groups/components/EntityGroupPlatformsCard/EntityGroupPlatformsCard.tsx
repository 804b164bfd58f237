import { ReactNode } from 'react';
import { Box, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { useGroupPlatforms } from '../../hooks';
import {
  GroupAdoptionTable,
  GroupDeprecatedList,
  GroupKeyResultList,
  GroupSurveyList,
} from './GroupPlatformSections';

/** A titled part of the card, or `empty` in words when it has nothing to show. */
const Section = (props: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) => (
  <Box mt={2}>
    <Typography variant="subtitle1" component="h3">
      {props.title}
    </Typography>
    {props.count === 0 ? (
      <Typography variant="body2" color="textSecondary">
        {props.empty}
      </Typography>
    ) : (
      props.children
    )}
  </Box>
);

/**
 * On a Group's page: how its teams use each platform against the whole company ("3 of 4 teams ·
 * 75 %" beside "company 40 %"), its services on deprecated parts with their sunset and exception,
 * the surveys its members can answer, and the key results scoped to it with their progress.
 *
 * @public
 */
export const EntityGroupPlatformsCard = () => {
  const { entity } = useEntity();
  const picture = useGroupPlatforms(stringifyEntityRef(entity));
  return (
    <InfoCard title="Platforms">
      <AsyncContent state={picture}>
        {value => (
          <>
            <Typography variant="body2" color="textSecondary">
              {value.teams} {value.teams === 1 ? 'team' : 'teams'} at or below{' '}
              {value.title}
            </Typography>
            <Section
              title="Adoption"
              count={value.platforms.length}
              empty="No platform has audience teams in this group yet."
            >
              <GroupAdoptionTable platforms={value.platforms} />
            </Section>
            <Section
              title="On deprecated parts"
              count={value.deprecatedDependencies.length}
              empty="Nothing this group owns depends on anything deprecated."
            >
              <GroupDeprecatedList
                dependencies={value.deprecatedDependencies}
              />
            </Section>
            <Section
              title="Surveys you can answer"
              count={value.surveys.length}
              empty="No survey round is open for this group's members."
            >
              <GroupSurveyList surveys={value.surveys} />
            </Section>
            <Section
              title="Key results"
              count={value.keyResults.length}
              empty="No key result is scoped to this group."
            >
              <GroupKeyResultList keyResults={value.keyResults} />
            </Section>
          </>
        )}
      </AsyncContent>
    </InfoCard>
  );
};
