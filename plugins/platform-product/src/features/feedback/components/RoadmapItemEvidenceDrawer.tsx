import {
  Box,
  Button,
  Drawer,
  List,
  ListItem,
  Typography,
} from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import type {
  FeedbackEvidenceInput,
  FeedbackEvidenceItem,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { AsyncContent } from '../../../shared/AsyncContent';
import { SubmissionErrors, useSubmit } from '../../../shared/FormDialog';
import { WrappingListItemText } from '../../../shared/WrappingListItemText';
import { feedbackApiRef } from '../api';
import { useRoadmapItemEvidence } from '../hooks';
import {
  evidenceHeadline,
  refName,
  segmentCounts,
  SOURCE_LABELS,
} from './feedbackLabels';
import { RecordFeedbackForm } from './RecordFeedbackForm';

function describePiece(piece: FeedbackEvidenceItem): string {
  const parts = [SOURCE_LABELS[piece.source]];
  if (piece.roundTitle) parts.push(`round ${piece.roundTitle}`);
  if (piece.score !== null) parts.push(`score ${piece.score}`);
  if (piece.personaRefs.length > 0) {
    parts.push(piece.personaRefs.map(refName).join(', '));
  }
  parts.push(piece.from ? `from ${refName(piece.from)}` : 'anonymous');
  parts.push(`linked by ${refName(piece.linkedBy)}`);
  return parts.join(' · ');
}

/**
 * The feedback that backs a roadmap item: how much, and from which personas and orgs, for everyone;
 * for the platform's owners the words too (the respondent only when they signed), a way to remove a
 * piece and to record feedback heard elsewhere. Survey comments are linked from the survey panel.
 */
export const RoadmapItemEvidenceDrawer = (props: {
  entityRef: string;
  item: RoadmapItem;
  canEdit: boolean;
  onClose: () => void;
  /** Called after a change, e.g. to reload the board's counts. */
  onChanged: () => void;
}) => {
  const { entityRef, item, canEdit, onClose, onChanged } = props;
  const api = useApi(feedbackApiRef);
  const evidence = useRoadmapItemEvidence(entityRef, item.id);
  const removal = useSubmit();
  const changed = () => {
    evidence.retry();
    onChanged();
  };
  const record = async (input: FeedbackEvidenceInput) => {
    await api.addRoadmapItemEvidence({
      entityRef,
      itemId: item.id,
      evidence: input,
    });
    changed();
  };
  const remove = (evidenceId: string) =>
    removal.run(
      () =>
        api.removeRoadmapItemEvidence({
          entityRef,
          itemId: item.id,
          evidenceId,
        }),
      { onDone: changed },
    );

  return (
    <Drawer anchor="right" open onClose={onClose}>
      <Box width={460} p={2} role="region" aria-label="Evidence">
        <Typography variant="h6">Feedback behind "{item.title}"</Typography>
        <AsyncContent state={evidence}>
          {({ summary, items }) => (
            <>
              <Typography variant="subtitle1">
                {evidenceHeadline(summary)}
              </Typography>
              {summary.personas.length > 0 && (
                <Typography variant="body2">
                  From personas: {segmentCounts(summary.personas)}
                </Typography>
              )}
              {summary.orgs.length > 0 && (
                <Typography variant="body2">
                  From orgs: {segmentCounts(summary.orgs)}
                </Typography>
              )}
              {items === null ? (
                <Typography variant="caption" color="textSecondary">
                  Only the platform's owners read what was said.
                </Typography>
              ) : (
                <List dense aria-label="Feedback backing the item">
                  {items.map(piece => (
                    <ListItem key={piece.id} divider>
                      <WrappingListItemText
                        primary={
                          piece.text ?? '(the respondent removed their comment)'
                        }
                        secondary={describePiece(piece)}
                      />
                      {canEdit && (
                        <Button
                          size="small"
                          disabled={removal.busy}
                          onClick={() => remove(piece.id)}
                        >
                          Remove
                        </Button>
                      )}
                    </ListItem>
                  ))}
                </List>
              )}
              <SubmissionErrors submission={removal} />
              {canEdit && (
                <RecordFeedbackForm
                  personas={item.personas}
                  onRecord={record}
                />
              )}
            </>
          )}
        </AsyncContent>
      </Box>
    </Drawer>
  );
};
