import { TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import type { InvestmentMixRow } from '@platform-product/backstage-plugin-platform-product-common';
import { ScrollTable } from '../../../../shared/ScrollTable';
import { CATEGORY_LABELS } from './roadmapLabels';

/**
 * The investment mix as a table: per category, the intended percentage (a dash when no mix is
 * declared), the actual share of Now items and how many there are. The roadmap board and the
 * portfolio's totals both show it.
 */
export const InvestmentMixRows = (props: {
  rows: InvestmentMixRow[];
  declared: boolean;
}) => (
  <ScrollTable size="small" aria-label="Investment mix">
    <TableHead>
      <TableRow>
        <TableCell>Category</TableCell>
        <TableCell align="right">Intended</TableCell>
        <TableCell align="right">Actual</TableCell>
        <TableCell align="right">Now items</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {props.rows.map(row => (
        <TableRow key={row.category}>
          <TableCell>{CATEGORY_LABELS[row.category]}</TableCell>
          <TableCell align="right">
            {props.declared ? `${row.intended} %` : '—'}
          </TableCell>
          <TableCell align="right">{row.actual} %</TableCell>
          <TableCell align="right">{row.nowItems}</TableCell>
        </TableRow>
      ))}
    </TableBody>
  </ScrollTable>
);
