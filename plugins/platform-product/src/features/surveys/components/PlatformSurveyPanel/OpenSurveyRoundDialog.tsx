import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useApi } from '@backstage/core-plugin-api';
import { describeError } from '../../../../api';
import { surveysApiRef } from '../../api';
import {
  DAY_MS,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';

/** `YYYY-MM-DD` of a moment, UTC. */

/**
 * The owners' dialog to open a round: title, first and last day (UTC), and an optional extra
 * question. The backend checks the dates and that no other round is open, and says what is wrong.
 */
export const OpenSurveyRoundDialog = (props: {
  entityRef: string;
  open: boolean;
  onClose: () => void;
  onOpened: () => void;
}) => {
  const { entityRef, open, onClose, onOpened } = props;
  const api = useApi(surveysApiRef);
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('What is the biggest pain point?');
  const [startDay, setStartDay] = useState(() => toUtcDay(Date.now()));
  const [endDay, setEndDay] = useState(() =>
    toUtcDay(Date.now() + 14 * DAY_MS),
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.openSurveyRound({
        entityRef,
        round: {
          ...(title.trim() ? { title } : {}),
          ...(question.trim() ? { question } : {}),
          startsAt: `${startDay}T00:00:00Z`,
          endsAt: `${endDay}T23:59:59Z`,
        },
      });
      onOpened();
    } catch (e) {
      setError(describeError(e as Error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="open-round-title">
      <DialogTitle id="open-round-title">Open a survey round</DialogTitle>
      <DialogContent>
        <TextField
          id="survey-round-title"
          label="Title"
          helperText="e.g. Q4 2026; by default the dates"
          value={title}
          onChange={event => setTitle(event.target.value)}
          fullWidth
          margin="dense"
        />
        <TextField
          id="survey-round-start"
          label="First day (UTC)"
          type="date"
          value={startDay}
          onChange={event => setStartDay(event.target.value)}
          InputLabelProps={{ shrink: true }}
          margin="dense"
        />{' '}
        <TextField
          id="survey-round-end"
          label="Last day (UTC)"
          type="date"
          value={endDay}
          onChange={event => setEndDay(event.target.value)}
          InputLabelProps={{ shrink: true }}
          margin="dense"
        />
        <TextField
          id="survey-round-question"
          label="Extra question (optional)"
          helperText="Asked as free text after the 0–10 question"
          value={question}
          onChange={event => setQuestion(event.target.value)}
          fullWidth
          margin="dense"
        />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={busy}
          onClick={submit}
        >
          Open round
        </Button>
      </DialogActions>
    </Dialog>
  );
};
