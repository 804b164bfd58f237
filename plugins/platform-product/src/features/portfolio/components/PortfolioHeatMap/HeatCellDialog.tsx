import { useState } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Tab,
  Tabs,
  Typography,
} from '@material-ui/core';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { WrappingListItemText } from '../../../../shared/WrappingListItemText';
import { usePortfolioCellTeams } from '../../hooks';

/** How many teams the dialog shows at a time. */
export const CELL_PAGE_SIZE = 25;

/** The cell a user opened: a platform in a group, as of a day. */
export interface OpenHeatCell {
  platformRef: string;
  platformTitle: string;
  groupRef: string;
  groupTitle: string;
  asOf?: string;
}

const STATUSES = [
  ['adopting', 'Adopting'],
  ['non-adopting', 'Not adopting'],
] as const;

/** One page of the teams of a cell, with their parent and members. */
const CellTeams = (props: {
  cell: OpenHeatCell;
  status: 'adopting' | 'non-adopting';
}) => {
  const { cell, status } = props;
  const [offset, setOffset] = useState(0);
  const teams = usePortfolioCellTeams({
    platformRef: cell.platformRef,
    groupRef: cell.groupRef,
    status,
    asOf: cell.asOf,
    offset,
    limit: CELL_PAGE_SIZE,
  });
  return (
    <AsyncContent state={teams}>
      {page => (
        <>
          {page.items.length === 0 ? (
            <Typography variant="body2">
              {status === 'adopting'
                ? 'No team here adopts this platform.'
                : 'Every team here adopts this platform.'}
            </Typography>
          ) : (
            <List dense aria-label={`${status} teams`}>
              {page.items.map(team => (
                <ListItem key={team.teamRef} divider>
                  <WrappingListItemText
                    primary={
                      <EntityRefLink
                        entityRef={team.teamRef}
                        title={team.title}
                      />
                    }
                    secondary={
                      <>
                        {team.parentRef && (
                          <>
                            in <EntityRefLink entityRef={team.parentRef} /> ·{' '}
                          </>
                        )}
                        {team.memberCount} members
                        {team.memberRefs.length > 0 && ': '}
                        {team.memberRefs.map((ref, index) => (
                          <span key={ref}>
                            {index > 0 && ', '}
                            <EntityRefLink entityRef={ref} />
                          </span>
                        ))}
                        {team.memberCount > team.memberRefs.length && ' …'}
                      </>
                    }
                  />
                </ListItem>
              ))}
            </List>
          )}
          <Box display="flex" alignItems="center" gridGap={8} mt={1}>
            <Typography variant="caption" color="textSecondary">
              {page.total === 0
                ? 'No teams'
                : `Teams ${page.offset + 1}–${
                    page.offset + page.items.length
                  } of ${page.total}`}
              {page.snapshotDay &&
                page.snapshotDay !== page.asOf &&
                ` · as of ${page.snapshotDay}`}
            </Typography>
            <Button
              size="small"
              disabled={page.offset === 0}
              onClick={() => setOffset(Math.max(0, page.offset - page.limit))}
            >
              Previous
            </Button>
            <Button
              size="small"
              disabled={page.offset + page.items.length >= page.total}
              onClick={() => setOffset(page.offset + page.limit)}
            >
              Next
            </Button>
          </Box>
        </>
      )}
    </AsyncContent>
  );
};

/** The adopting and the non-adopting teams of a heat map cell, a tab each, paged. */
export const HeatCellDialog = (props: {
  cell: OpenHeatCell;
  onClose: () => void;
}) => {
  const { cell, onClose } = props;
  const [status, setStatus] = useState<'adopting' | 'non-adopting'>('adopting');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {cell.platformTitle} in {cell.groupTitle}
      </DialogTitle>
      <DialogContent>
        <Tabs
          value={status}
          onChange={(_, value) => setStatus(value)}
          indicatorColor="primary"
        >
          {STATUSES.map(([value, label]) => (
            <Tab key={value} value={value} label={label} />
          ))}
        </Tabs>
        <Box mt={1}>
          <CellTeams key={status} cell={cell} status={status} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
};
