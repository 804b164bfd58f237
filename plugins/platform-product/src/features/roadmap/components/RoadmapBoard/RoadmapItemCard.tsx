import { useState } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  Menu,
  MenuItem,
  Typography,
} from '@material-ui/core';
import MoreVertIcon from '@material-ui/icons/MoreVert';
import {
  ROADMAP_HORIZONS,
  RoadmapHorizon,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { CATEGORY_LABELS, HORIZON_LABELS, personaName } from './roadmapLabels';
import { OutcomeReview } from './OutcomeReview';

/** What an owner can do with a portal item from its menu. */
export interface RoadmapItemActions {
  move(item: RoadmapItem, horizon: RoadmapHorizon, position: number): void;
  edit(item: RoadmapItem): void;
  drop(item: RoadmapItem): void;
  review(item: RoadmapItem, outcome: string, notes: string): void;
}

/**
 * One roadmap item: title, problem, hypothesis, confidence, status, personas, category, linked
 * key result and how much feedback backs it. Owners get a menu (move to another horizon, up, down, edit, drop) on portal items;
 * file items say where they are managed instead.
 */
export const RoadmapItemCard = (props: {
  item: RoadmapItem;
  index: number;
  count: number;
  canEdit: boolean;
  file: string | null;
  actions: RoadmapItemActions;
  onHistory: (item: RoadmapItem) => void;
  onEvidence: (item: RoadmapItem) => void;
}) => {
  const { item, index, count, canEdit, file, actions, onHistory, onEvidence } =
    props;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const editable = canEdit && item.source === 'ui';
  const close = () => setAnchor(null);
  const run = (action: () => void) => () => {
    close();
    action();
  };

  return (
    <Card variant="outlined" data-testid={`roadmap-item-${item.id}`}>
      <CardContent>
        <Box display="flex" alignItems="flex-start">
          <Box flexGrow={1}>
            <Typography variant="subtitle1" component="h4">
              {item.title}
            </Typography>
          </Box>
          {editable && (
            <IconButton
              size="small"
              aria-label={`Actions for ${item.title}`}
              onClick={event => setAnchor(event.currentTarget)}
            >
              <MoreVertIcon fontSize="small" />
            </IconButton>
          )}
        </Box>
        <Box display="flex" flexWrap="wrap" gridGap={4} my={1}>
          <Chip size="small" color="primary" label={item.status} />
          <Chip
            size="small"
            variant="outlined"
            label={`${item.confidence} confidence`}
          />
          <Chip
            size="small"
            variant="outlined"
            label={CATEGORY_LABELS[item.category]}
          />
        </Box>
        <Typography variant="body2">
          <strong>Problem:</strong> {item.problem}
        </Typography>
        <Typography variant="body2">
          <strong>Hypothesis:</strong> {item.hypothesis}
        </Typography>
        {item.personas.length > 0 && (
          <Typography variant="body2" color="textSecondary">
            For {item.personas.map(personaName).join(', ')}
          </Typography>
        )}
        {item.keyResult && (
          <Typography variant="body2" color="textSecondary">
            Key result:{' '}
            {item.keyResult.found
              ? item.keyResult.title
              : `${item.keyResult.id} (not a key result of this platform)`}
          </Typography>
        )}
        {item.source === 'file' && (
          <Typography variant="caption" color="textSecondary" component="p">
            Managed in {file ?? 'the roadmap file'}; edit it there.
          </Typography>
        )}
        {item.review && (
          <OutcomeReview
            item={item}
            canEdit={canEdit}
            onSave={(outcome, notes) => actions.review(item, outcome, notes)}
          />
        )}
        <Box mt={1}>
          <Button size="small" onClick={() => onHistory(item)}>
            History
          </Button>
          {(item.evidence.count > 0 || canEdit) && (
            <Button
              size="small"
              onClick={() => onEvidence(item)}
              aria-label={`Feedback behind ${item.title}`}
            >
              {item.evidence.count > 0
                ? `Backed by ${item.evidence.count}`
                : 'Add evidence'}
            </Button>
          )}
        </Box>
      </CardContent>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        {ROADMAP_HORIZONS.filter(horizon => horizon !== item.horizon).map(
          horizon => (
            <MenuItem
              key={horizon}
              onClick={run(() =>
                actions.move(item, horizon, Number.MAX_SAFE_INTEGER),
              )}
            >
              Move to {HORIZON_LABELS[horizon]}
            </MenuItem>
          ),
        )}
        {index > 0 && (
          <MenuItem
            onClick={run(() => actions.move(item, item.horizon, index - 1))}
          >
            Move up
          </MenuItem>
        )}
        {index < count - 1 && (
          <MenuItem
            onClick={run(() => actions.move(item, item.horizon, index + 1))}
          >
            Move down
          </MenuItem>
        )}
        <MenuItem onClick={run(() => actions.edit(item))}>Edit</MenuItem>
        <MenuItem onClick={run(() => actions.drop(item))}>Drop</MenuItem>
      </Menu>
    </Card>
  );
};
