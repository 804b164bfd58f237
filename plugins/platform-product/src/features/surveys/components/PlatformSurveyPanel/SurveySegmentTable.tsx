import {
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  formatMarginOfError,
  formatNps,
  SURVEY_MIN_SEGMENT_RESPONSES,
  SurveySegment,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ScrollTable } from '../../../../shared/ScrollTable';

/** The NPS, margin and n of a segment, as the table shows them. */
function segmentCells(segment: SurveySegment): [string, string, string] {
  if (segment.tooFewToShow) {
    // Counts of a segment this small would tell who answered what: the backend leaves them out.
    return [`fewer than ${SURVEY_MIN_SEGMENT_RESPONSES} answers`, '—', '—'];
  }
  return [
    segment.readable
      ? formatNps(segment.nps)
      : `${formatNps(segment.nps)} (too few answers)`,
    segment.marginOfError95 === null
      ? '—'
      : formatMarginOfError(segment.marginOfError95),
    String(segment.n),
  ];
}

/**
 * NPS of each segment (persona or org) of a round, with n and a note when too few answered; a
 * segment too small to show counts for says only that.
 */
export const SurveySegmentTable = (props: {
  title: string;
  segments: SurveySegment[];
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
              <TableCell align="right">Margin</TableCell>
              <TableCell align="right">n</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {segments.map(segment => (
              <TableRow key={segment.ref}>
                <TableCell>
                  {segment.title ?? parseEntityRef(segment.ref).name}
                </TableCell>
                {segmentCells(segment).map((cell, index) => (
                  <TableCell key={index} align="right">
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </>
  );
};
