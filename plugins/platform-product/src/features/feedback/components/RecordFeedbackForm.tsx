import { useState } from 'react';
import { Box, Button, Checkbox, FormControlLabel } from '@material-ui/core';
import {
  FeedbackEvidenceInput,
  RECORDED_FEEDBACK_SOURCES,
  RecordedFeedbackSource,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  SelectInput,
  SubmissionErrors,
  TextInput,
  useSubmit,
} from '../../../shared/FormDialog';
import { refName, SOURCE_LABELS } from './feedbackLabels';

/**
 * An owner's note of feedback heard elsewhere (office hours, an interview, support): what was said,
 * the item's personas it came from, and, optionally, who said it, to tell them when it ships.
 */
export const RecordFeedbackForm = (props: {
  personas: string[];
  onRecord: (evidence: FeedbackEvidenceInput) => Promise<unknown>;
}) => {
  const [source, setSource] = useState<RecordedFeedbackSource>('office-hours');
  const [text, setText] = useState('');
  const [personRef, setPersonRef] = useState('');
  const [personas, setPersonas] = useState<string[]>([]);
  const submission = useSubmit();

  const record = () =>
    submission.run(
      () =>
        props.onRecord({
          source,
          text,
          personaRefs: personas,
          personRef: personRef.trim() || null,
        }),
      {
        check: () => (text.trim() ? [] : ['Write down what was said']),
        onDone: () => {
          setText('');
          setPersonRef('');
          setPersonas([]);
        },
      },
    );

  return (
    <Box component="form" aria-label="Record feedback" mt={2}>
      <SelectInput
        id="record-feedback-source"
        label="Where it was said"
        value={source}
        options={RECORDED_FEEDBACK_SOURCES}
        labels={SOURCE_LABELS}
        onChange={setSource}
      />
      <TextInput
        id="record-feedback-text"
        label="What was said"
        multiline
        minRows={2}
        value={text}
        onChange={setText}
      />
      <TextInput
        id="record-feedback-person"
        label="Who said it (optional user ref, told when it ships)"
        placeholder="user:default/jane-doe"
        value={personRef}
        onChange={setPersonRef}
      />
      {props.personas.map(persona => (
        <FormControlLabel
          key={persona}
          control={
            <Checkbox
              size="small"
              checked={personas.includes(persona)}
              onChange={(_event, checked) =>
                setPersonas(current =>
                  checked
                    ? [...current, persona]
                    : current.filter(p => p !== persona),
                )
              }
            />
          }
          label={refName(persona)}
        />
      ))}
      <SubmissionErrors submission={submission} />
      <Box mt={1}>
        <Button
          variant="outlined"
          color="primary"
          disabled={submission.busy}
          onClick={record}
        >
          Record feedback
        </Button>
      </Box>
    </Box>
  );
};
