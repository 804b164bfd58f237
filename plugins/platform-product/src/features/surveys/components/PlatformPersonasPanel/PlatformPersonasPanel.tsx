import { Box, Grid, List, ListItem, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  formatMarginOfError,
  formatNps,
  formatPercent,
  NPS_MIN_READABLE_RESPONSES,
  PersonaEntity,
  SURVEY_MIN_SEGMENT_RESPONSES,
  SurveySegment,
} from '@platform-product/backstage-plugin-platform-product-common';
import { usePlatformAdoption } from '../../../adoption/hooks';
import { usePlatformSurveyResults } from '../../hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import type { AsyncValue } from '../../../../shared/AsyncValue';
import { useApiValue } from '../../../../shared/useApiValue';
import type { Entity } from '@backstage/catalog-model';
import { WrappingListItemText } from '../../../../shared/WrappingListItemText';

/** A persona's NPS in the latest closed round, with n and the margin (or why it cannot be read). */
function describePersonaNps(nps: SurveySegment | undefined): string {
  if (!nps) return 'no answers from this persona';
  if (nps.tooFewToShow) {
    return `fewer than ${SURVEY_MIN_SEGMENT_RESPONSES} answers, too few to show`;
  }
  const reading =
    nps.n < NPS_MIN_READABLE_RESPONSES
      ? 'too few answers to read'
      : formatMarginOfError(nps.marginOfError95);
  return `${formatNps(nps.nps)} (n=${nps.n}, ${reading})`;
}

/**
 * "Personas served" on the Platform tab: each persona the platform serves, with its jobs-to-be-done
 * (from the Persona entity), adoption among its teams and NPS among its respondents in the latest
 * closed survey round.
 *
 * @param props - with:
 *   - `entityRef`: the platform
 *   - `personaRefs`: the personas it serves (`spec.platform.personas`, resolved)
 * @public
 */
export const PlatformPersonasPanel = (props: {
  entityRef: string;
  personaRefs: string[];
}) => {
  const { entityRef, personaRefs } = props;
  const personas: AsyncValue<Array<Entity | undefined>> = useApiValue(
    catalogApiRef,
    async catalog =>
      (await catalog.getEntitiesByRefs({ entityRefs: personaRefs })).items,
    [personaRefs.join(',')],
  );
  const adoption = usePlatformAdoption(entityRef);
  const surveys = usePlatformSurveyResults(entityRef);
  const latestClosed = surveys.value?.rounds.find(
    r => r.round.closedAt !== null,
  );

  return (
    <InfoCard title="Personas served">
      <AsyncContent state={personas}>
        {items => (
          <Grid container spacing={2}>
            {personaRefs.map((personaRef, index) => {
              const persona = items[index] as PersonaEntity | undefined;
              const teams = adoption.value?.byPersona.find(
                p => p.personaRef === personaRef,
              )?.teams;
              const nps = latestClosed?.result?.byPersona.find(
                p => p.ref === personaRef,
              );
              return (
                <Grid item xs={12} md={6} key={personaRef}>
                  <Box
                    component="section"
                    aria-label={persona?.metadata.title ?? personaRef}
                  >
                    <Typography variant="h6" component="h3">
                      <EntityRefLink
                        entityRef={personaRef}
                        title={persona?.metadata.title}
                      />
                    </Typography>
                    {!persona && (
                      <Typography variant="body2" color="error">
                        {personaRef} is not in the catalog; add the Persona
                        entity or fix spec.platform.personas.
                      </Typography>
                    )}
                    <Typography variant="body2">
                      Adoption:{' '}
                      {teams
                        ? `${teams.adopting} of ${teams.audience} teams${
                            teams.ratio === null
                              ? ''
                              : ` (${formatPercent(teams.ratio, 0)})`
                          }`
                        : '…'}
                    </Typography>
                    <Typography variant="body2">
                      NPS
                      {latestClosed
                        ? ` (${latestClosed.round.title})`
                        : ''}:{' '}
                      {latestClosed
                        ? describePersonaNps(nps)
                        : 'no closed survey round yet'}
                    </Typography>
                    {persona && persona.spec?.jobsToBeDone?.length > 0 && (
                      <List dense aria-label="Jobs to be done">
                        {persona.spec.jobsToBeDone.map(job => (
                          <ListItem key={job} disableGutters>
                            <WrappingListItemText primary={job} />
                          </ListItem>
                        ))}
                      </List>
                    )}
                  </Box>
                </Grid>
              );
            })}
          </Grid>
        )}
      </AsyncContent>
    </InfoCard>
  );
};
