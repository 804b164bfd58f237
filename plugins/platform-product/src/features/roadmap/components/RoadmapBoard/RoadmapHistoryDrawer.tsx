import { Box, Drawer, List, ListItem, Typography } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import type {
  RoadmapHistoryEntry,
  RoadmapItem,
  RoadmapItemHistory,
} from '@platform-product/backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { roadmapApiRef } from '../../api';
import type { AsyncValue } from '../../../../shared/AsyncValue';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { WrappingListItemText } from '../../../../shared/WrappingListItemText';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "title: Faster rollbacks → One-step rollback", or what was created or removed. */
function describeEntry(entry: RoadmapHistoryEntry): string {
  if (entry.action === 'create') return 'Created';
  if (entry.action === 'remove')
    return 'Removed (no longer in the roadmap file)';
  if (entry.field === null) return 'Imported from the roadmap file';
  return `${entry.field}: ${show(entry.from)} → ${show(entry.to)}`;
}

/** Every change of an item, oldest first: who, when, what from → to. */
export const RoadmapHistoryDrawer = (props: {
  entityRef: string;
  item: RoadmapItem;
  onClose: () => void;
}) => {
  const { entityRef, item, onClose } = props;
  const api = useApi(roadmapApiRef);
  const history: AsyncValue<RoadmapItemHistory> = useAsyncRetry(
    () => api.getRoadmapItemHistory({ entityRef, itemId: item.id }),
    [api, entityRef, item.id],
  );
  return (
    <Drawer anchor="right" open onClose={onClose}>
      <Box width={420} p={2}>
        <Typography variant="h6">History of "{item.title}"</Typography>
        <AsyncContent state={history}>
          {({ entries }) => (
            <List dense>
              {entries.map(entry => (
                <ListItem key={entry.id} divider>
                  <WrappingListItemText
                    primary={`${entry.action}: ${describeEntry(entry)}`}
                    secondary={`${entry.actor}, ${new Date(
                      entry.at,
                    ).toLocaleString()}`}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </AsyncContent>
      </Box>
    </Drawer>
  );
};
