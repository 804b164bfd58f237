import { Box, LinearProgress, Typography } from '@material-ui/core';
import {
  formatKeyResultValue,
  formatPercent,
  KeyResult,
} from '@platform-product/backstage-plugin-platform-product-common';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A key result's computed progress: the current value, baseline → target, a bar, the percentage
 * (raw, so beyond 100 % or below 0 % shows as such) and the date of the last point; "No data" when
 * the bound series has none.
 */
export const KeyResultProgressView = (props: {
  keyResult: Pick<KeyResult, 'binding' | 'baseline' | 'target' | 'progress'>;
}) => {
  const { binding, baseline, target, progress } = props.keyResult;
  const format = (value: number) => formatKeyResultValue(binding, value);
  const range = `${format(baseline)} → ${format(target)}`;
  if (progress.state === 'no-data') {
    return (
      <Box>
        <Typography variant="body2" color="textSecondary">
          No data: nothing measured for this key result yet · {range}
        </Typography>
      </Box>
    );
  }
  const percent = formatPercent(progress.progress, 0);
  let status = '';
  if (progress.reached) status = ' · target reached';
  else if (progress.regressed) status = ' · regressed past the baseline';
  return (
    <Box>
      <Box display="flex" justifyContent="space-between" flexWrap="wrap">
        <Typography variant="body2">
          <strong>{format(progress.value)}</strong> now · {range}
        </Typography>
        <Typography variant="body2" aria-label="progress">
          {percent}
          {status}
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={progress.progressClamped * 100}
        color={progress.regressed ? 'secondary' : 'primary'}
        aria-label={`progress ${percent}`}
      />
      <Typography variant="caption" color="textSecondary">
        last point {dateFormat.format(new Date(progress.lastPointAt))}
      </Typography>
    </Box>
  );
};
