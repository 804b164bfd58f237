import {
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  TeamAdoptionStatus,
  formatAdoptionStage,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ScrollTable } from '../../../../shared/ScrollTable';

/** One segment of the audience: a persona or an org. */
export interface AdoptionSegment {
  entityRef: string;
  title?: string;
  /** Shown after the name, e.g. that the persona is not in the catalog. */
  note?: string;
  teams: TeamAdoptionStatus;
}

/** Adoption segment by segment (per persona, per org): teams adopting, share and stage. */
export const AdoptionBreakdownTable = (props: {
  /** What a segment is, e.g. "Persona"; also names the table. */
  segment: string;
  rows: AdoptionSegment[];
}) => {
  const { segment, rows } = props;
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No {segment.toLocaleLowerCase('en-US')} to break adoption down by.
      </Typography>
    );
  }
  return (
    <ScrollTable
      size="small"
      aria-label={`Adoption by ${segment.toLocaleLowerCase('en-US')}`}
    >
      <TableHead>
        <TableRow>
          <TableCell>{segment}</TableCell>
          <TableCell align="right">Teams</TableCell>
          <TableCell align="right">Adoption</TableCell>
          <TableCell>Stage</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.entityRef}>
            <TableCell component="th" scope="row">
              <EntityRefLink entityRef={row.entityRef} title={row.title} />
              {row.note && (
                <Typography variant="caption" color="textSecondary">
                  {' '}
                  ({row.note})
                </Typography>
              )}
            </TableCell>
            <TableCell align="right">
              {row.teams.adopting} of {row.teams.audience}
            </TableCell>
            <TableCell align="right">
              {row.teams.ratio === null
                ? '—'
                : formatPercent(row.teams.ratio, 1)}
            </TableCell>
            <TableCell>{formatAdoptionStage(row.teams.stage)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
};
