import { Box, LinearProgress, Typography, makeStyles } from '@material-ui/core';
import {
  SloHealth,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';

const useStyles = makeStyles(theme => ({
  bar: { height: 8, borderRadius: 4 },
  healthy: { backgroundColor: theme.palette.status.ok },
  'at-risk': { backgroundColor: theme.palette.status.warning },
  breached: { backgroundColor: theme.palette.status.error },
  'no-data': { backgroundColor: theme.palette.status.aborted },
}));

/**
 * The share of an error budget that is left, as a bar and as a number. `remaining` is the
 * backend's fraction: 1 when nothing is spent, negative when the budget is overspent.
 */
export const ErrorBudgetBar = (props: {
  remaining: number | null;
  health: SloHealth;
  /** What the budget belongs to, e.g. the SLO's name; read out with the bar. */
  label?: string;
}) => {
  const { remaining, health, label } = props;
  const classes = useStyles();
  let text: string;
  if (remaining === null) {
    text = 'Error budget: no data';
  } else if (remaining < 0) {
    text = `Error budget overspent by ${formatPercent(-remaining, 1)}`;
  } else {
    text = `${formatPercent(remaining, 1)} of error budget left`;
  }
  return (
    <Box>
      <LinearProgress
        variant="determinate"
        value={Math.min(Math.max(remaining ?? 0, 0), 1) * 100}
        aria-label={label ? `${label}: ${text}` : text}
        classes={{ root: classes.bar, bar: classes[health] }}
      />
      <Typography variant="caption" color="textSecondary">
        {text}
        {label && ` · ${label}`}
      </Typography>
    </Box>
  );
};
