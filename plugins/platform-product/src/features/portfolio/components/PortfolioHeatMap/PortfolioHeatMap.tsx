import { ReactNode, useState } from 'react';
import {
  Box,
  IconButton,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import { Progress } from '@backstage/core-components';
import type {
  Portfolio,
  PortfolioHeatRow,
  PortfolioQuery,
} from '@platform-product/backstage-plugin-platform-product-common';
import { describeError } from '../../../../api';
import { ScrollTable } from '../../../../shared/ScrollTable';
import { usePortfolioGroupChildren } from '../../hooks';
import { HeatCell } from './HeatCell';
import { HeatCellDialog, OpenHeatCell } from './HeatCellDialog';

/** What every row of the heat map needs to know about the view. */
type HeatContext = {
  platforms: Array<{ ref: string; title: string }>;
  query: PortfolioQuery;
  /** Groups the heat map already lists, so an expanded org does not list them twice. */
  listed: Set<string>;
  expanded: Set<string>;
  toggle: (groupRef: string) => void;
  open: (cell: OpenHeatCell) => void;
};

/** The rows of the heat map under `parentRef`, in the order the backend gave them. */
function childrenOf(rows: PortfolioHeatRow[], parentRef: string | null) {
  const refs = new Set(rows.map(row => row.groupRef));
  return rows.filter(row =>
    parentRef === null
      ? row.parentRef === null || !refs.has(row.parentRef)
      : row.parentRef === parentRef,
  );
}

/** One group's row, indented by its depth, with an expand button when it has children. */
const HeatRow = (props: {
  row: PortfolioHeatRow;
  depth: number;
  context: HeatContext;
}) => {
  const { row, depth, context } = props;
  const isExpanded = context.expanded.has(row.groupRef);
  return (
    <TableRow>
      <TableCell component="th" scope="row" role="rowheader">
        <Box display="flex" alignItems="center" pl={depth * 2}>
          {row.children > 0 ? (
            <IconButton
              size="small"
              aria-expanded={isExpanded}
              aria-label={`${isExpanded ? 'Collapse' : 'Expand'} ${row.title}`}
              onClick={() => context.toggle(row.groupRef)}
            >
              {isExpanded ? <ExpandMoreIcon /> : <ChevronRightIcon />}
            </IconButton>
          ) : (
            <Box width={30} />
          )}
          <Box>
            <Typography variant="body2">{row.title}</Typography>
            <Typography variant="caption" color="textSecondary">
              {row.type}
            </Typography>
          </Box>
        </Box>
      </TableCell>
      {context.platforms.map(platform => (
        <HeatCell
          key={platform.ref}
          cell={row.cells[platform.ref] ?? null}
          label={`${platform.title} in ${row.title}`}
          onOpen={() =>
            context.open({
              platformRef: platform.ref,
              platformTitle: platform.title,
              groupRef: row.groupRef,
              groupTitle: row.title,
              asOf: context.query.asOf,
            })
          }
        />
      ))}
    </TableRow>
  );
};

/** The sub-orgs and teams of an expanded org, fetched when it is expanded. */
const FetchedChildren = (props: {
  groupRef: string;
  context: HeatContext;
  /** Renders one fetched row and, once expanded, its own children. */
  renderRow: (row: PortfolioHeatRow) => ReactNode;
}) => {
  const { groupRef, context, renderRow } = props;
  const children = usePortfolioGroupChildren(groupRef, context.query);
  const span = context.platforms.length + 1;
  if (children.loading || children.error) {
    return (
      <TableRow>
        <TableCell colSpan={span}>
          {children.error ? (
            <Typography variant="body2" color="error">
              {describeError(children.error)}
            </Typography>
          ) : (
            <Progress />
          )}
        </TableCell>
      </TableRow>
    );
  }
  const rows = (children.value?.rows ?? []).filter(
    row => !context.listed.has(row.groupRef),
  );
  return <>{rows.map(renderRow)}</>;
};

/** A group's row, what expanding it fetched, and the heat map's rows below it. */
const HeatSubtree = (props: {
  row: PortfolioHeatRow;
  depth: number;
  /** The heat map's rows, to find those under this one. */
  rows: PortfolioHeatRow[];
  context: HeatContext;
}) => {
  const { row, depth, rows, context } = props;
  return (
    <>
      <HeatRow row={row} depth={depth} context={context} />
      {context.expanded.has(row.groupRef) && (
        <FetchedChildren
          groupRef={row.groupRef}
          context={context}
          renderRow={child => (
            <HeatSubtree
              key={child.groupRef}
              row={child}
              depth={depth + 1}
              rows={[]}
              context={context}
            />
          )}
        />
      )}
      {childrenOf(rows, row.groupRef).map(child => (
        <HeatSubtree
          key={child.groupRef}
          row={child}
          depth={depth + 1}
          rows={rows}
          context={context}
        />
      ))}
    </>
  );
};

/**
 * Adoption of every platform (columns) in every org (rows, sub-orgs indented under their parent):
 * each cell the share and "adopting of audience" as text, tinted by the share. An org with children
 * expands into its sub-orgs and teams; a cell opens its adopting and non-adopting teams.
 */
export const PortfolioHeatMap = (props: {
  portfolio: Portfolio;
  query: PortfolioQuery;
}) => {
  const { portfolio, query } = props;
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [openCell, setOpenCell] = useState<OpenHeatCell | null>(null);
  const titles = new Map(
    portfolio.rows.map(row => [row.platformRef, row.title]),
  );
  const { rows } = portfolio.heatMap;
  if (rows.length === 0) {
    return (
      <Typography variant="body2">
        No org has audience teams for these platforms.
      </Typography>
    );
  }
  const context: HeatContext = {
    platforms: portfolio.heatMap.platforms.map(ref => ({
      ref,
      title: titles.get(ref) ?? ref,
    })),
    query,
    listed: new Set(rows.map(row => row.groupRef)),
    expanded,
    toggle: groupRef => {
      const next = new Set(expanded);
      if (!next.delete(groupRef)) next.add(groupRef);
      setExpanded(next);
    },
    open: setOpenCell,
  };
  return (
    <>
      <ScrollTable size="small" aria-label="Adoption by org">
        <TableHead>
          <TableRow>
            <TableCell>Org</TableCell>
            {context.platforms.map(platform => (
              <TableCell key={platform.ref} align="center">
                {platform.title}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {childrenOf(rows, null).map(row => (
            <HeatSubtree
              key={row.groupRef}
              row={row}
              depth={0}
              rows={rows}
              context={context}
            />
          ))}
        </TableBody>
      </ScrollTable>
      {openCell && (
        <HeatCellDialog cell={openCell} onClose={() => setOpenCell(null)} />
      )}
    </>
  );
};
