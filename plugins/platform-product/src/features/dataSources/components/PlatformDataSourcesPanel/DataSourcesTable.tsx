import { Fragment } from 'react';
import {
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  makeStyles,
} from '@material-ui/core';
import type { DataSourceStatus } from '@platform-product/backstage-plugin-platform-product-common';
import { ScrollTable } from '../../../../shared/ScrollTable';
import {
  formatTimeAgo,
  formatUtcDateTime,
} from '../../../../shared/formatTime';
import { DataSourceStatusLabel } from './DataSourceStatusLabel';
import { feedsText, metricText, sourceText } from './dataSourceText';

const COLUMNS = [
  'Feeds',
  'Metric',
  'Source',
  'Points stored',
  'Latest point',
  'Last successful pull',
  'Status',
];

const countFormat = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 0,
});

const useStyles = makeStyles(theme => ({
  /** A query or metric name: monospace, wrapping anywhere rather than widening the table. */
  code: {
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    display: 'block',
    maxWidth: '40ch',
  },
  /** The row of a metric with a problem line under it shares its bottom border with that line. */
  withProblem: { '& > td': { borderBottom: 'none' } },
}));

/** A time as "5 minutes ago" over "3 Mar 2025, 09:30 UTC", or `none` when there is no time. */
const TimeCell = (props: { iso: string | null; none: string }) => (
  <TableCell>
    {props.iso ? (
      <>
        <Typography variant="body2">{formatTimeAgo(props.iso)}</Typography>
        <Typography variant="caption" color="textSecondary">
          {formatUtcDateTime(props.iso)}
        </Typography>
      </>
    ) : (
      <Typography variant="body2" color="textSecondary">
        {props.none}
      </Typography>
    )}
  </TableCell>
);

/**
 * One row per metric of the platform's SLOs and per well-known metric its scorecard KPIs read: what
 * it feeds (the SLO, or the KPIs), what the metric is (the SLO's role, or the metric and where it is
 * measured), where its points come
 * from (with the query of a pulled one), how many are stored and the latest one, and for a pulled
 * one its last successful pull and how the last pull went, with the backend's message under it.
 */
export const DataSourcesTable = ({ items }: { items: DataSourceStatus[] }) => {
  const classes = useStyles();
  return (
    <ScrollTable size="small" aria-label="Data sources">
      <TableHead>
        <TableRow>
          {COLUMNS.map(column => (
            <TableCell key={column}>{column}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(item => (
          <Fragment
            key={`${item.feeds}/${item.slo}/${item.role}/${item.metric}`}
          >
            <TableRow className={item.error ? classes.withProblem : undefined}>
              <TableCell>{feedsText(item)}</TableCell>
              <TableCell>
                <Typography variant="body2">
                  {metricText(item).title}
                </Typography>
                {metricText(item).detail && (
                  <Typography variant="caption" color="textSecondary">
                    {metricText(item).detail}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Typography variant="body2">{sourceText(item)}</Typography>
                {/* What to look for where the points come from: the query, or the name to push under. */}
                <code className={classes.code}>
                  {item.mode === 'pulled' ? item.source?.query : item.metric}
                </code>
              </TableCell>
              <TableCell align="right">
                {countFormat.format(item.points)}
              </TableCell>
              <TimeCell iso={item.lastPointAt} none="None yet" />
              {item.mode === 'pulled' ? (
                <TimeCell iso={item.lastSuccessAt} none="Never" />
              ) : (
                <TableCell>
                  <Typography variant="body2" color="textSecondary">
                    Not pulled
                  </Typography>
                </TableCell>
              )}
              <TableCell>
                <DataSourceStatusLabel item={item} />
              </TableCell>
            </TableRow>
            {item.error && (
              <TableRow>
                <TableCell colSpan={COLUMNS.length}>
                  <Typography variant="body2" color="error">
                    {item.error}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
          </Fragment>
        ))}
      </TableBody>
    </ScrollTable>
  );
};
