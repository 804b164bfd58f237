import { useState } from 'react';
import { Box, Button, Divider, Grid, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  platformProductManagePermission,
  SurveyResults,
  SurveyRoundWithResult,
} from '@platform-product/backstage-plugin-platform-product-common';
import { surveysApiRef } from '../../api';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import { usePlatformSurveyResults } from '../../hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { SubmissionErrors, useSubmit } from '../../../../shared/FormDialog';
import { OpenSurveyRoundDialog } from './OpenSurveyRoundDialog';
import { SurveyCommentsList } from './SurveyCommentsList';
import { SurveyHeadline } from './SurveyHeadline';
import { SurveySegmentTable } from './SurveySegmentTable';
import { lazyLoaded } from '../../../../shared/lazyLoaded';

const NpsTrendChart = lazyLoaded(
  () => import('./NpsTrendChart').then(m => m.NpsTrendChart),
  { height: 220 },
);

const NpsDistributionChart = lazyLoaded(
  () => import('./NpsDistributionChart').then(m => m.NpsDistributionChart),
  { height: 180 },
);

const day = (iso: string) => iso.slice(0, 10);

const OpenRoundView = (props: {
  entityRef: string;
  open: SurveyRoundWithResult;
  canManage: boolean;
  canReadFeedback: boolean;
  onClosed: () => void;
}) => {
  const { entityRef, open, canManage, canReadFeedback, onClosed } = props;
  const api = useApi(surveysApiRef);
  const closing = useSubmit();
  const close = () =>
    closing.run(
      () => api.closeSurveyRound({ entityRef, roundId: open.round.id }),
      { onDone: onClosed },
    );
  return (
    <Box>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="h6" component="h3">
          Open round: {open.round.title}
        </Typography>
        {canManage && (
          <Button variant="outlined" onClick={close}>
            Close round now
          </Button>
        )}
      </Box>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        {day(open.round.startsAt)} – {day(open.round.endsAt)}
        {open.round.question && ` · extra question: “${open.round.question}”`}
      </Typography>
      <SubmissionErrors submission={closing} />
      {open.result ? (
        <>
          <Typography variant="subtitle2" component="h4">
            Live results (visible to the owners only until the round closes)
          </Typography>
          <SurveyHeadline result={open.result} />
          {canReadFeedback && (
            <Box mt={2}>
              <SurveyCommentsList
                entityRef={entityRef}
                roundId={open.round.id}
                roundTitle={open.round.title}
              />
            </Box>
          )}
        </>
      ) : (
        <Typography variant="body2">
          Results are shown to everyone when the round closes.
        </Typography>
      )}
      <Box mt={2}>
        <Divider />
      </Box>
    </Box>
  );
};

const SurveyResultsView = (props: {
  entityRef: string;
  results: SurveyResults;
  canManage: boolean;
  onOpenRound: () => void;
  onChanged: () => void;
}) => {
  const { entityRef, results, canManage, onOpenRound, onChanged } = props;
  const openRound = results.rounds.find(r => r.round.closedAt === null);
  const latestClosed = results.rounds.find(r => r.round.closedAt !== null);
  return (
    <Grid container spacing={3}>
      {openRound ? (
        <Grid item xs={12}>
          <OpenRoundView
            entityRef={entityRef}
            open={openRound}
            canManage={canManage}
            canReadFeedback={results.canReadFeedback}
            onClosed={onChanged}
          />
        </Grid>
      ) : (
        canManage && (
          <Grid item xs={12}>
            <Button variant="outlined" color="primary" onClick={onOpenRound}>
              Open a round
            </Button>
          </Grid>
        )
      )}
      {latestClosed?.result ? (
        <>
          <Grid item xs={12} md={6}>
            <Typography variant="h6" component="h3">
              Latest closed round: {latestClosed.round.title}
            </Typography>
            <Typography variant="body2" color="textSecondary" gutterBottom>
              {day(latestClosed.round.startsAt)} –{' '}
              {day(latestClosed.round.closedAt!)}
            </Typography>
            <SurveyHeadline result={latestClosed.result} />
          </Grid>
          <Grid item xs={12} md={6}>
            <Typography variant="subtitle2" component="h4">
              NPS by round
            </Typography>
            <NpsTrendChart trend={results.trend} />
          </Grid>
          <Grid item xs={12} md={4}>
            <Typography variant="subtitle2" component="h4">
              Answers by score
            </Typography>
            <NpsDistributionChart
              distribution={latestClosed.result.distribution}
            />
          </Grid>
          <Grid item xs={12} md={4}>
            <SurveySegmentTable
              title="By persona"
              segments={latestClosed.result.byPersona}
            />
          </Grid>
          <Grid item xs={12} md={4}>
            <SurveySegmentTable
              title="By org"
              segments={latestClosed.result.byOrg}
            />
          </Grid>
          {results.canReadFeedback && !openRound && (
            <Grid item xs={12}>
              <SurveyCommentsList
                entityRef={entityRef}
                roundId={latestClosed.round.id}
                roundTitle={latestClosed.round.title}
              />
            </Grid>
          )}
        </>
      ) : (
        <Grid item xs={12}>
          <Typography variant="body2" color="textSecondary">
            No survey round has closed yet.{' '}
            {canManage
              ? 'Open a round, or declare spec.platform.surveyCadence to open one every quarter.'
              : 'Results appear here when the first round closes.'}
          </Typography>
        </Grid>
      )}
    </Grid>
  );
};

/**
 * "Satisfaction (NPS)" on the Platform tab: the latest closed round's NPS with n, margin and
 * response rate, the trend across rounds, the distribution and the split by persona and org. The
 * platform's owners also open and close rounds, see the open round's results as they come in, and
 * read and export the comments.
 *
 * @public
 */
export const PlatformSurveyPanel = ({ entityRef }: { entityRef: string }) => {
  const results = usePlatformSurveyResults(entityRef);
  const manage = useEntityPermission(
    platformProductManagePermission,
    entityRef,
  );
  const [dialogOpen, setDialogOpen] = useState(false);
  return (
    <InfoCard
      title="Satisfaction (NPS)"
      subheader="How likely adopting teams are to recommend the platform, per survey round"
    >
      <AsyncContent state={results}>
        {value => (
          <SurveyResultsView
            entityRef={entityRef}
            results={value}
            canManage={manage.allowed}
            onOpenRound={() => setDialogOpen(true)}
            onChanged={results.retry}
          />
        )}
      </AsyncContent>
      {manage.allowed && (
        <OpenSurveyRoundDialog
          entityRef={entityRef}
          open={dialogOpen}
          onClose={() => setDialogOpen(false)}
          onOpened={() => {
            setDialogOpen(false);
            results.retry();
          }}
        />
      )}
    </InfoCard>
  );
};
