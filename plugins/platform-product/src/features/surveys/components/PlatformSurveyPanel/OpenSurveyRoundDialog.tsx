import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  DAY_MS,
  SurveyRoundInput,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';
import { SaveDialog, TextInput } from '../../../../shared/FormDialog';
import { surveysApiRef } from '../../api';

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
  return (
    <SaveDialog
      id="open-round"
      title="Open a survey round"
      submitLabel="Open round"
      input={(): SurveyRoundInput => ({
        ...(title.trim() ? { title } : {}),
        ...(question.trim() ? { question } : {}),
        startsAt: `${startDay}T00:00:00Z`,
        endsAt: `${endDay}T23:59:59Z`,
      })}
      onSave={async round => {
        await api.openSurveyRound({ entityRef, round });
        onOpened();
      }}
      onClose={onClose}
      open={open}
    >
      <TextInput
        id="survey-round-title"
        label="Title"
        helperText="e.g. Q4 2026; by default the dates"
        value={title}
        onChange={setTitle}
      />
      <TextInput
        id="survey-round-start"
        label="First day (UTC)"
        type="date"
        value={startDay}
        onChange={setStartDay}
      />{' '}
      <TextInput
        id="survey-round-end"
        label="Last day (UTC)"
        type="date"
        value={endDay}
        onChange={setEndDay}
      />
      <TextInput
        id="survey-round-question"
        label="Extra question (optional)"
        helperText="Asked as free text after the 0–10 question"
        value={question}
        onChange={setQuestion}
      />
    </SaveDialog>
  );
};
