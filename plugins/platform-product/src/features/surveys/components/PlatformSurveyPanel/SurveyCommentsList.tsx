import { useState } from 'react';
import { Box, Button, List, ListItem, Typography } from '@material-ui/core';
import type { SurveyComment } from '@platform-product/backstage-plugin-platform-product-common';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { surveysApiRef } from '../../api';
import { useSurveyComments } from '../../hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { downloadText } from '../../../../shared/downloadText';
import { SubmissionErrors, useSubmit } from '../../../../shared/FormDialog';
import { WrappingListItemText } from '../../../../shared/WrappingListItemText';
import { LinkCommentDialog } from '../../../feedback/components/LinkCommentDialog';

const names = (refs: string[]) =>
  refs.length === 0
    ? '—'
    : refs.map(ref => parseEntityRef(ref).name).join(', ');

/**
 * The free-text answers of a round, for the platform's owners: score, team and persona, and the
 * person only when they signed. Text is rendered as text. "Export CSV" downloads them; "Back a
 * roadmap item" links a comment to an item as its evidence.
 */
export const SurveyCommentsList = (props: {
  entityRef: string;
  roundId: string;
  roundTitle: string;
}) => {
  const { entityRef, roundId, roundTitle } = props;
  const api = useApi(surveysApiRef);
  const comments = useSurveyComments(entityRef, roundId);
  const exporting = useSubmit();
  const [linking, setLinking] = useState<SurveyComment>();

  const exportCsv = () =>
    exporting.run(async () =>
      downloadText(
        await api.exportSurveyComments({ entityRef, roundId }),
        `${parseEntityRef(entityRef).name}-${roundTitle}-comments.csv`,
        'text/csv;charset=utf-8',
      ),
    );

  return (
    <Box>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="subtitle2" component="h4">
          Comments — {roundTitle}
        </Typography>
        <Button size="small" variant="outlined" onClick={exportCsv}>
          Export CSV
        </Button>
      </Box>
      <SubmissionErrors submission={exporting} />
      <AsyncContent state={comments}>
        {({ items }) =>
          items.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No comments in this round.
            </Typography>
          ) : (
            <List dense aria-label={`Comments of ${roundTitle}`}>
              {items.map((item, index) => (
                <ListItem key={index} divider>
                  <WrappingListItemText
                    primary={item.comment}
                    secondary={`Score ${item.score} · team ${names(
                      item.teamRefs,
                    )} · persona ${names(item.personaRefs)}${
                      item.signedBy
                        ? ` · signed by ${parseEntityRef(item.signedBy).name}`
                        : ''
                    }`}
                  />
                  <Button
                    size="small"
                    onClick={() => setLinking(item)}
                    aria-label={`Back a roadmap item with comment ${index + 1}`}
                  >
                    Back a roadmap item
                  </Button>
                </ListItem>
              ))}
            </List>
          )
        }
      </AsyncContent>
      {linking && (
        <LinkCommentDialog
          entityRef={entityRef}
          comment={linking}
          onClose={() => setLinking(undefined)}
        />
      )}
    </Box>
  );
};
