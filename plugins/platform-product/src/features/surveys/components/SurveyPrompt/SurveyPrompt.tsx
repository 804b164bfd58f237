import { useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert, ToggleButton, ToggleButtonGroup } from '@material-ui/lab';
import { useApi } from '@backstage/core-plugin-api';
import {
  SURVEY_COMMENT_MAX_LENGTH,
  SurveyPrompt as SurveyPromptValue,
} from '@platform-product/backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { describeError } from '../../../../api';
import { surveysApiRef } from '../../api';

/** How long "Not now" puts a prompt away. */
const SNOOZE_DAYS = 7;

const SCORES = Array.from({ length: 11 }, (_, score) => score);

const SurveyQuestion = (props: {
  prompt: SurveyPromptValue;
  onAnswered: () => void;
  onPutAway: () => void;
}) => {
  const { prompt, onAnswered, onPutAway } = props;
  const api = useApi(surveysApiRef);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [signed, setSigned] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (action: () => Promise<void>, done: () => void) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      done();
    } catch (e) {
      setError(describeError(e as Error));
    } finally {
      setBusy(false);
    }
  };
  const tooLong = comment.length > SURVEY_COMMENT_MAX_LENGTH;

  return (
    <Box
      component="section"
      aria-label={`Survey about ${prompt.platformTitle}`}
      border={1}
      borderColor="divider"
      borderRadius={4}
      p={2}
      my={1}
    >
      <Typography variant="subtitle1" component="h3" gutterBottom>
        How likely are you to recommend {prompt.platformTitle} to a colleague?
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={score}
        onChange={(_event, value: number | null) => setScore(value)}
        aria-label="Score from 0 (not at all likely) to 10 (extremely likely)"
      >
        {SCORES.map(value => (
          <ToggleButton key={value} value={value} aria-label={String(value)}>
            {value}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Box display="flex" justifyContent="space-between" maxWidth={440}>
        <Typography variant="caption" color="textSecondary">
          0 — not at all likely
        </Typography>
        <Typography variant="caption" color="textSecondary">
          10 — extremely likely
        </Typography>
      </Box>
      <TextField
        id={`survey-comment-${prompt.roundId}`}
        label={prompt.question ?? 'Anything you want to tell the team?'}
        helperText={
          tooLong
            ? `At most ${SURVEY_COMMENT_MAX_LENGTH} characters — ${comment.length} written`
            : 'Optional. The owners see your team and persona, not your name unless you sign.'
        }
        error={tooLong}
        value={comment}
        onChange={event => setComment(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        margin="normal"
        variant="outlined"
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={signed}
            onChange={event => setSigned(event.target.checked)}
          />
        }
        label="Sign my answer (the platform's owners see my name)"
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Box display="flex" gridGap={8} mt={1}>
        <Button
          variant="contained"
          color="primary"
          disabled={score === null || busy || tooLong}
          onClick={() =>
            run(
              () =>
                api.answerSurvey({
                  entityRef: prompt.platformRef,
                  roundId: prompt.roundId,
                  answer: {
                    score: score!,
                    ...(comment.trim() ? { comment } : {}),
                    signed,
                  },
                }),
              onAnswered,
            )
          }
        >
          Submit
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            run(
              () =>
                api.snoozeSurveyPrompt({
                  roundId: prompt.roundId,
                  days: SNOOZE_DAYS,
                }),
              onPutAway,
            )
          }
        >
          Not now
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            run(
              () => api.dismissSurveyPrompt({ roundId: prompt.roundId }),
              onPutAway,
            )
          }
        >
          Dismiss
        </Button>
      </Box>
    </Box>
  );
};

/**
 * The in-context NPS question, shown only when the backend says the signed-in user should be asked
 * now (their team adopts the platform, they have not answered, dismissed or snoozed this round, and
 * they were not asked about another platform lately). Nothing about other answers is shown.
 *
 * @param props.platformRef - ask only about this platform (the platform tab); any platform if unset
 * @public
 */
export const SurveyPrompt = (props: { platformRef?: string }) => {
  const api = useApi(surveysApiRef);
  const { value: prompt } = useAsync(
    () => api.getSurveyPrompt({ platformRef: props.platformRef }),
    [api, props.platformRef],
  );
  const [state, setState] = useState<'asking' | 'thanked' | 'gone'>('asking');
  if (!prompt || state === 'gone') {
    return null;
  }
  if (state === 'thanked') {
    return (
      <Alert severity="success" onClose={() => setState('gone')}>
        Thank you — your answer about {prompt.platformTitle} was recorded.
      </Alert>
    );
  }
  return (
    <SurveyQuestion
      prompt={prompt}
      onAnswered={() => setState('thanked')}
      onPutAway={() => setState('gone')}
    />
  );
};
