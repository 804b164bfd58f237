import { Box, Drawer, List, ListItem, Typography } from '@material-ui/core';
import type {
  RoadmapHistoryEntry,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { useRoadmapItemHistory } from '../../hooks';
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
  const history = useRoadmapItemHistory(entityRef, item.id);
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
