import { ReactNode } from 'react';
import {
  Chip,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type {
  PortfolioQuery,
  PortfolioRow,
  PortfolioSortKey,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ScrollTable } from '../../../../shared/ScrollTable';
import {
  AdoptionCell,
  Caption,
  ChangeCell,
  DeprecationDebtCell,
  NpsCell,
  ObjectivesCell,
  ReliabilityCell,
  ServicesCell,
  UnitCell,
  hoursPerMonth,
  perHundredUsers,
  perService,
} from './PortfolioGridCells';

type Column = {
  key: PortfolioSortKey;
  label: string;
  render: (row: PortfolioRow) => ReactNode;
};

/** The columns whose first click sorts A to Z; every other one sorts the largest first. */
const TEXT_COLUMNS: PortfolioSortKey[] = ['title', 'category', 'owner'];

/**
 * One row per platform of the view, sorted by the server: a header click sorts by its column, a
 * second click reverses the order. Every figure is text; "no data" where there is none.
 */
export const PortfolioGrid = (props: {
  rows: PortfolioRow[];
  asOf: string;
  /** Owner ref → title, from the facets. */
  ownerTitles: Record<string, string>;
  query: PortfolioQuery;
  onSort: (sort: PortfolioSortKey, order: 'asc' | 'desc') => void;
}) => {
  const { rows, asOf, ownerTitles, query, onSort } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  const linkTo = (ref: string) =>
    entityRoute(entityRouteParams(ref, { encodeParams: true }));

  const columns: Column[] = [
    {
      key: 'title',
      label: 'Platform',
      render: row => (
        <>
          <Link to={linkTo(row.platformRef)}>{row.title}</Link>
          {row.snapshotDay === null && <Caption>no snapshot yet</Caption>}
          {row.snapshotDay !== null && row.snapshotDay !== asOf && (
            <Caption>as of {row.snapshotDay}</Caption>
          )}
          {row.source === 'imported' && (
            <Chip size="small" variant="outlined" label="imported" />
          )}
        </>
      ),
    },
    { key: 'category', label: 'Category', render: row => row.category },
    {
      key: 'owner',
      label: 'Owners',
      render: row =>
        row.ownerRefs.map(ref => (
          <Typography key={ref} variant="body2">
            <Link to={linkTo(ref)}>{ownerTitles[ref] ?? ref}</Link>
          </Typography>
        )),
    },
    {
      key: 'adoption',
      label: 'Adoption',
      render: row => <AdoptionCell row={row} />,
    },
    {
      key: 'adoptionChange30',
      label: 'Δ 30 days',
      render: row => <ChangeCell change={row.adoption.change30} />,
    },
    {
      key: 'adoptionChange90',
      label: 'Δ 90 days',
      render: row => <ChangeCell change={row.adoption.change90} />,
    },
    {
      key: 'services',
      label: 'Services using it',
      render: row => <ServicesCell row={row} />,
    },
    { key: 'nps', label: 'NPS', render: row => <NpsCell row={row} /> },
    {
      key: 'reliability',
      label: 'Reliability',
      render: row => <ReliabilityCell row={row} />,
    },
    {
      key: 'supportTickets',
      label: 'Support tickets',
      render: row => (
        <UnitCell
          value={row.supportTicketsPer100Users}
          format={perHundredUsers}
        />
      ),
    },
    {
      key: 'deprecationDebt',
      label: 'Deprecation debt',
      render: row => <DeprecationDebtCell row={row} />,
    },
    {
      key: 'objectives',
      label: 'Objectives',
      render: row => <ObjectivesCell row={row} />,
    },
    {
      key: 'capacity',
      label: 'Capacity unlocked',
      render: row => (
        <UnitCell
          value={row.capacityUnlockedHoursPerMonth}
          format={hoursPerMonth}
        />
      ),
    },
    {
      key: 'costPerService',
      label: 'Cost per service',
      render: row => (
        <UnitCell value={row.costPerService} format={perService} />
      ),
    },
  ];

  const sortBy = (key: PortfolioSortKey) => {
    if (query.sort === key) {
      onSort(key, query.order === 'desc' ? 'asc' : 'desc');
    } else {
      onSort(key, TEXT_COLUMNS.includes(key) ? 'asc' : 'desc');
    }
  };

  return (
    <ScrollTable size="small" aria-label="Platforms">
      <TableHead>
        <TableRow>
          {columns.map(column => (
            <TableCell
              key={column.key}
              sortDirection={
                query.sort === column.key ? query.order ?? 'asc' : false
              }
            >
              <TableSortLabel
                active={query.sort === column.key}
                direction={query.sort === column.key ? query.order : 'asc'}
                onClick={() => sortBy(column.key)}
              >
                {column.label}
              </TableSortLabel>
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.platformRef}>
            {columns.map(column => (
              <TableCell key={column.key}>{column.render(row)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
};
