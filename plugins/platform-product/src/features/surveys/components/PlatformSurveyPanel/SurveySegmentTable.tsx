import {
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  formatNps,
  SurveySegmentResult,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ScrollTable } from '../../../../shared/ScrollTable';

/** NPS of each segment (persona or org) of a round, with n and a note when too few answered. */
export const SurveySegmentTable = (props: {
  title: string;
  segments: SurveySegmentResult[];
}) => {
  const { title, segments } = props;
  return (
    <>
      <Typography variant="subtitle2" component="h4">
        {title}
      </Typography>
      {segments.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No answers yet.
        </Typography>
      ) : (
        <ScrollTable size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>Segment</TableCell>
              <TableCell align="right">NPS</TableCell>
              <TableCell align="right">±</TableCell>
              <TableCell align="right">n</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {segments.map(segment => (
              <TableRow key={segment.ref}>
                <TableCell>
                  {segment.title ?? parseEntityRef(segment.ref).name}
                </TableCell>
                <TableCell align="right">
                  {segment.readable
                    ? formatNps(segment.nps)
                    : `${formatNps(segment.nps)} (too few answers)`}
                </TableCell>
                <TableCell align="right">
                  {segment.marginOfError95 === null
                    ? '—'
                    : Math.round(segment.marginOfError95)}
                </TableCell>
                <TableCell align="right">{segment.n}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </>
  );
};
