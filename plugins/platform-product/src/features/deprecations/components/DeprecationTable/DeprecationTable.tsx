import {
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import type { DeprecationSummary } from '@platform-product/backstage-plugin-platform-product-common';
import { DeprecationTrendChart } from '../DeprecationDetailPanel';
import { sunsetText } from '../DeprecationDetailPanel/deprecationText';
import { ScrollTable } from '../../../../shared/ScrollTable';

/**
 * Deprecations with consumers remaining, trend, violations and exceptions; each title links to
 * `linkOf(item)`, where the deprecation is shown in full. `empty` is said when there is none.
 */
export const DeprecationTable = (props: {
  items: DeprecationSummary[];
  linkOf: (item: DeprecationSummary) => string;
  empty: ReactNode;
}) => {
  const { items, linkOf, empty } = props;
  if (items.length === 0) {
    return <Typography variant="body2">{empty}</Typography>;
  }
  return (
    <ScrollTable aria-label="Deprecations">
      <TableHead>
        <TableRow>
          <TableCell>Deprecated</TableCell>
          <TableCell>Sunset</TableCell>
          <TableCell align="right">Consumers</TableCell>
          <TableCell>Trend</TableCell>
          <TableCell align="right">Violations</TableCell>
          <TableCell align="right">Exceptions pending / approved</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(item => (
          <TableRow key={item.entityRef}>
            <TableCell>
              <Link to={linkOf(item)}>{item.title}</Link>
              <Typography variant="caption" display="block">
                {item.entityRef}
                {item.replacedBy ? ` → ${item.replacedBy}` : ''}
              </Typography>
              {item.warnings.map(warning => (
                <Typography
                  key={warning}
                  variant="caption"
                  color="error"
                  display="block"
                >
                  {warning}
                </Typography>
              ))}
            </TableCell>
            <TableCell>{sunsetText(item)}</TableCell>
            <TableCell align="right">
              {item.consumers} ({item.consumerTeams} teams)
            </TableCell>
            <TableCell>
              <DeprecationTrendChart trend={item.trend} height={40} compact />
            </TableCell>
            <TableCell align="right">{item.violations}</TableCell>
            <TableCell align="right">
              {item.exceptions.requested} / {item.exceptions.approved}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
};
