import { useState } from 'react';
import {
  Box,
  Button,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import {
  ROADMAP_OUTCOMES,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { OUTCOME_LABELS } from './roadmapLabels';

/** "40 → 25 since it shipped (last point 2027-01-20)", or why there is no movement to show. */
function describeMovement(item: RoadmapItem): string | undefined {
  const movement = item.review?.movement;
  if (!movement) return undefined;
  if (movement.valueNow === null) {
    return `${movement.title}: no data yet`;
  }
  return `${movement.title}: ${movement.valueAtSince ?? '—'} → ${
    movement.valueNow
  } since it shipped (last point ${movement.lastPointAt?.slice(0, 10)})`;
}

/**
 * The outcome review of a shipped item: the key result's movement since shipping, the recorded
 * answer, or — for owners, once the review is due — the form to record it.
 */
export const OutcomeReview = (props: {
  item: RoadmapItem;
  canEdit: boolean;
  onSave: (outcome: string, notes: string) => void;
}) => {
  const { item, canEdit, onSave } = props;
  const review = item.review!;
  const [outcome, setOutcome] = useState('');
  const [notes, setNotes] = useState('');
  const movement = describeMovement(item);
  return (
    <Box mt={1} p={1} bgcolor="action.hover" borderRadius={4}>
      <Typography variant="body2">
        <strong>Outcome review</strong>{' '}
        {review.outcome
          ? `— ${OUTCOME_LABELS[review.outcome]} (${review.reviewedBy})`
          : `due ${review.dueAt.slice(0, 10)}`}
      </Typography>
      {movement && (
        <Typography variant="body2" color="textSecondary">
          {movement}
        </Typography>
      )}
      {review.notes && <Typography variant="body2">{review.notes}</Typography>}
      {canEdit && review.overdue && (
        <Box display="flex" flexDirection="column" gridGap={8} mt={1}>
          <TextField
            select
            size="small"
            id={`outcome-${item.id}`}
            label="Did the hypothesis hold?"
            value={outcome}
            onChange={event => setOutcome(event.target.value)}
          >
            {ROADMAP_OUTCOMES.map(value => (
              <MenuItem key={value} value={value}>
                {OUTCOME_LABELS[value]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label="What we learned"
            multiline
            value={notes}
            onChange={event => setNotes(event.target.value)}
          />
          <Button
            size="small"
            variant="outlined"
            color="primary"
            disabled={!outcome}
            onClick={() => onSave(outcome, notes)}
          >
            Record review
          </Button>
        </Box>
      )}
    </Box>
  );
};
