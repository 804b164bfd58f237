import { useState } from 'react';
import { Typography } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import type { SurveyComment } from '@platform-product/backstage-plugin-platform-product-common';
import { AsyncContent } from '../../../shared/AsyncContent';
import { FormDialog, SelectInput, useSubmit } from '../../../shared/FormDialog';
import { useRoadmapBoard } from '../../roadmap/hooks';
import { feedbackApiRef } from '../api';

/**
 * Links a survey comment to one of the platform's roadmap items as its evidence (owners). The
 * respondent stays anonymous unless they signed; they are told when the item ships.
 */
export const LinkCommentDialog = (props: {
  entityRef: string;
  comment: SurveyComment;
  onClose: () => void;
}) => {
  const { entityRef, comment, onClose } = props;
  const api = useApi(feedbackApiRef);
  const board = useRoadmapBoard(entityRef);
  const [itemId, setItemId] = useState('');
  const submission = useSubmit();

  const link = () =>
    submission.run(
      () =>
        api.addRoadmapItemEvidence({
          entityRef,
          itemId,
          evidence: { commentId: comment.commentId },
        }),
      { onDone: onClose },
    );

  return (
    <FormDialog
      id="link-comment"
      title="Back a roadmap item with this comment"
      submitLabel="Link"
      onSubmit={link}
      submission={submission}
      onClose={onClose}
      canSubmit={itemId !== ''}
    >
      <Typography variant="body2" gutterBottom>
        “{comment.comment}”
      </Typography>
      <AsyncContent state={board}>
        {({ horizons }) => {
          const items = [...horizons.now, ...horizons.next, ...horizons.later];
          return items.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              The roadmap has no items to link to yet.
            </Typography>
          ) : (
            <SelectInput
              id="link-comment-item"
              label="Roadmap item"
              value={itemId}
              options={items.map(item => item.id)}
              labels={Object.fromEntries(
                items.map(item => [item.id, `${item.title} (${item.horizon})`]),
              )}
              onChange={setItemId}
            />
          );
        }}
      </AsyncContent>
    </FormDialog>
  );
};
