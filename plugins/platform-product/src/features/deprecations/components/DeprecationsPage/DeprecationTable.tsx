import {
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import type { DeprecationSummary } from '@platform-product/backstage-plugin-platform-product-common';
import { deprecationRouteRef } from '../../../../routes';
import { DeprecationTrendChart } from '../DeprecationDetailPanel';
import { sunsetText } from '../DeprecationDetailPanel/deprecationText';
import { ScrollTable } from '../../../../shared/ScrollTable';

/** Every active deprecation with consumers remaining, trend, violations and exceptions. */
export const DeprecationTable = ({
  items,
}: {
  items: DeprecationSummary[];
}) => {
  const detailLink = useRouteRef(deprecationRouteRef);
  if (items.length === 0) {
    return (
      <Typography variant="body2">
        Nothing in the catalog is deprecated. Declare a deprecation with
        spec.deprecation on the entity that is going away.
      </Typography>
    );
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
        {items.map(item => {
          const { kind, namespace, name } = parseEntityRef(item.entityRef);
          return (
            <TableRow key={item.entityRef}>
              <TableCell>
                <Link to={detailLink({ kind, namespace, name })}>
                  {item.title}
                </Link>
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
          );
        })}
      </TableBody>
    </ScrollTable>
  );
};
