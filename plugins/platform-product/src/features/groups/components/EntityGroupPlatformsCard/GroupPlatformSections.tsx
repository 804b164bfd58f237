import {
  List,
  ListItem,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { GroupPlatformPicture } from '@platform-product/backstage-plugin-platform-product-common';
import { ScrollTable } from '../../../../shared/ScrollTable';
import { StatusLabel } from '../../../../shared/StatusLabel';
import { WrappingListItemText } from '../../../../shared/WrappingListItemText';
import { sunsetText } from '../../../deprecations/components/DeprecationDetailPanel/deprecationText';
import { KeyResultProgressView } from '../../../objectives/components/PlatformObjectivesPanel/KeyResultProgressView';
import {
  countsText,
  ratioText,
} from '../../../portfolio/components/portfolioText';

type Picture = GroupPlatformPicture;

/** Each platform's adoption among the group's teams, beside the company's. */
export const GroupAdoptionTable = (props: {
  platforms: Picture['platforms'];
}) => (
  <ScrollTable size="small" aria-label="Platform adoption">
    <TableHead>
      <TableRow>
        <TableCell>Platform</TableCell>
        <TableCell>Category</TableCell>
        <TableCell>This group</TableCell>
        <TableCell>Company</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {props.platforms.map(platform => (
        <TableRow key={platform.platformRef}>
          <TableCell>
            <EntityRefLink
              entityRef={platform.platformRef}
              title={platform.title}
            />
          </TableCell>
          <TableCell>{platform.category}</TableCell>
          <TableCell>
            {countsText(platform.group)}{' '}
            {platform.group.audience === 1 ? 'team' : 'teams'} ·{' '}
            {ratioText(platform.group.ratio)}
          </TableCell>
          <TableCell>company {ratioText(platform.company.ratio)}</TableCell>
        </TableRow>
      ))}
    </TableBody>
  </ScrollTable>
);

function exceptionText(
  exception: Picture['deprecatedDependencies'][number]['exception'],
): string {
  if (!exception) return 'No exception';
  const until = exception.expiresAt ? ` until ${exception.expiresAt}` : '';
  switch (exception.state) {
    case 'requested':
      return `Exception requested${until}, awaiting a decision`;
    case 'approved':
      return `Exception approved${until}`;
    case 'denied':
      return 'Exception denied';
    default:
      return `Exception expired${
        exception.expiresAt ? ` on ${exception.expiresAt}` : ''
      }`;
  }
}

/** The group's services on deprecated parts: what, by when, and their exception. */
export const GroupDeprecatedList = (props: {
  dependencies: Picture['deprecatedDependencies'];
}) => (
  <List dense aria-label="On deprecated parts">
    {props.dependencies.map(dependency => (
      <ListItem
        key={`${dependency.entityRef} ${dependency.deprecationRef}`}
        disableGutters
        divider
      >
        <WrappingListItemText
          primary={
            <>
              <EntityRefLink entityRef={dependency.entityRef} /> on{' '}
              <EntityRefLink
                entityRef={dependency.deprecationRef}
                title={dependency.deprecationTitle}
              />{' '}
              {dependency.inViolation && (
                <StatusLabel tone="error">In violation</StatusLabel>
              )}
            </>
          }
          secondary={`${sunsetText({
            sunset: dependency.sunsetDate,
            daysToSunset: dependency.daysToSunset,
          })} · ${exceptionText(dependency.exception)}`}
        />
      </ListItem>
    ))}
  </List>
);

/** The open survey rounds the group's members can answer. */
export const GroupSurveyList = (props: { surveys: Picture['surveys'] }) => (
  <List dense aria-label="Surveys you can answer">
    {props.surveys.map(survey => (
      <ListItem key={survey.roundId} disableGutters>
        <WrappingListItemText
          primary={
            <>
              {survey.title} ·{' '}
              <EntityRefLink
                entityRef={survey.platformRef}
                title={survey.platformTitle}
              />
            </>
          }
          secondary={`closes ${survey.closesAt.slice(0, 10)}`}
        />
      </ListItem>
    ))}
  </List>
);

/** The key results scoped to the group, each with its progress. */
export const GroupKeyResultList = (props: {
  keyResults: Picture['keyResults'];
}) => (
  <List dense aria-label="Key results">
    {props.keyResults.map(keyResult => (
      <ListItem
        key={`${keyResult.platformRef} ${keyResult.keyResultId}`}
        disableGutters
        divider
        style={{ display: 'block' }}
      >
        <Typography variant="subtitle2">{keyResult.title}</Typography>
        <Typography variant="caption" color="textSecondary" display="block">
          {keyResult.platformTitle} · {keyResult.objectiveTitle}
        </Typography>
        <KeyResultProgressView keyResult={keyResult} />
      </ListItem>
    ))}
  </List>
);
