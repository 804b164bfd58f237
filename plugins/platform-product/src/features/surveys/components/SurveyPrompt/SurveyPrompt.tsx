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
import { SubmissionErrors, useSubmit } from '../../../../shared/FormDialog';
import { surveysApiRef } from '../../api';
import { useSurveyPrompt } from '../../hooks';

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
  const submission = useSubmit();
  const { run, busy } = submission;
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
      <SubmissionErrors submission={submission} />
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
              { onDone: onAnswered },
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
              { onDone: onPutAway },
            )
          }
        >
          Not now
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            run(() => api.dismissSurveyPrompt({ roundId: prompt.roundId }), {
              onDone: onPutAway,
            })
          }
        >
          Dismiss
        </Button>
      </Box>
    </Box>
  );
};

/**
 * The in-context NPS question about `prompt`, for the signed-in user: a 0–10 score, an optional
 * comment and signature, "Not now" (asked again in a week) and "Dismiss". Thanks them once
 * answered; goes away when put away. `onResponded` is told of every answer, snooze or dismissal
 * (e.g. to drop a cached service card that carries the prompt). Renders nothing without a prompt.
 */
export const SurveyPromptView = (props: {
  prompt: SurveyPromptValue | null | undefined;
  onResponded?: () => void;
}) => {
  const { prompt, onResponded } = props;
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
      onAnswered={() => {
        setState('thanked');
        onResponded?.();
      }}
      onPutAway={() => {
        setState('gone');
        onResponded?.();
      }}
    />
  );
};

/**
 * The in-context NPS question, shown only when the backend says the signed-in user should be asked
 * now (their team adopts the platform, they have not answered, dismissed or snoozed this round, and
 * they were not asked about another platform lately). Nothing about other answers is shown.
 *
 * @param props - with:
 *   - `platformRef`: ask only about this platform (the platform tab); any platform if unset
 * @public
 */
export const SurveyPrompt = (props: { platformRef?: string }) => {
  const { value: prompt } = useSurveyPrompt(props.platformRef);
  return <SurveyPromptView prompt={prompt} />;
};
