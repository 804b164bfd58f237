import { useState } from 'react';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { describeError } from '../../../../api';
import { surveysApiRef } from '../../api';
import { AsyncContent } from '../../../../shared/AsyncContent';
import type { AsyncValue } from '../../../../shared/AsyncValue';
import type { SurveyComments } from '@platform-product/backstage-plugin-platform-product-common';

const names = (refs: string[]) =>
  refs.length === 0
    ? '—'
    : refs.map(ref => parseEntityRef(ref).name).join(', ');

/**
 * The free-text answers of a round, for the platform's owners: score, team and persona, and the
 * person only when they signed. Text is rendered as text. "Export CSV" downloads them.
 */
export const SurveyCommentsList = (props: {
  entityRef: string;
  roundId: string;
  roundTitle: string;
}) => {
  const { entityRef, roundId, roundTitle } = props;
  const api = useApi(surveysApiRef);
  const comments: AsyncValue<SurveyComments> = useAsyncRetry(
    () => api.getSurveyComments({ entityRef, roundId }),
    [api, entityRef, roundId],
  );
  const [exportError, setExportError] = useState<string>();

  const exportCsv = async () => {
    setExportError(undefined);
    try {
      const csv = await api.exportSurveyComments({ entityRef, roundId });
      const url = URL.createObjectURL(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `${
        parseEntityRef(entityRef).name
      }-${roundTitle}-comments.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setExportError(describeError(e as Error));
    }
  };

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
      {exportError && <Alert severity="error">{exportError}</Alert>}
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
                  <ListItemText
                    primary={item.comment}
                    secondary={`Score ${item.score} · team ${names(
                      item.teamRefs,
                    )} · persona ${names(item.personaRefs)}${
                      item.signedBy
                        ? ` · signed by ${parseEntityRef(item.signedBy).name}`
                        : ''
                    }`}
                  />
                </ListItem>
              ))}
            </List>
          )
        }
      </AsyncContent>
    </Box>
  );
};
