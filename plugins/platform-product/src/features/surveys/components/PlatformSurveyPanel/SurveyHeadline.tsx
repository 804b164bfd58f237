import { Box, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  formatMarginOfError,
  formatNps,
  formatPercent,
  NPS_MIN_READABLE_RESPONSES,
  SurveyRoundResult,
} from '@platform-product/backstage-plugin-platform-product-common';

/** A round's NPS with its sample size, margin and response rate, and a warning when n is small. */
export const SurveyHeadline = ({ result }: { result: SurveyRoundResult }) => {
  const { responseRate } = result;
  return (
    <Box>
      <Box display="flex" alignItems="baseline" gridGap={12} flexWrap="wrap">
        <Typography variant="h3" component="p" aria-label="NPS">
          {formatNps(result.nps)}
        </Typography>
        <Typography variant="body1">
          {result.marginOfError95 !== null &&
            `${formatMarginOfError(result.marginOfError95)} · `}
          n={result.n} ·{' '}
          {responseRate.ratio === null
            ? 'no people in adopting teams'
            : `response rate ${formatPercent(responseRate.ratio, 0)} (${
                responseRate.responses
              } of ${responseRate.people} people in adopting teams)`}
        </Typography>
      </Box>
      <Typography variant="body2" color="textSecondary">
        {result.promoters} promoters (9–10) · {result.passives} passives (7–8) ·{' '}
        {result.detractors} detractors (0–6)
      </Typography>
      {result.tooFewToRead && (
        <Box mt={1}>
          <Alert severity="info">
            Too few answers to read (n &lt; {NPS_MIN_READABLE_RESPONSES}): the
            margin of error is too wide to act on.
          </Alert>
        </Box>
      )}
    </Box>
  );
};
