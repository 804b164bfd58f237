import { useState } from 'react';
import { MenuItem, TextField } from '@material-ui/core';
import {
  ENABLEMENT_CATEGORIES,
  EnablementCategory,
  Objective,
  ObjectiveInput,
  validateObjectiveInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { FormDialog, useSubmit } from '../../../../shared/FormDialog';

const CATEGORY_LABELS: Record<EnablementCategory, string> = {
  'engineering-velocity': 'Engineering velocity',
  'platform-capability': 'Platform capability',
  'operational-health': 'Operational health',
  'developer-satisfaction': 'Developer satisfaction',
  'cost-efficiency': 'Cost efficiency',
};

/** The label of an enablement category. */
export const categoryLabel = (category: string) =>
  CATEGORY_LABELS[category as EnablementCategory] ?? category;

/**
 * Adds or edits an objective. Problems found before sending, and the backend's refusal (a 409
 * when someone else changed it meanwhile), are shown above the buttons.
 */
export const ObjectiveDialog = (props: {
  objective?: Objective;
  onSave: (input: ObjectiveInput) => Promise<unknown>;
  onClose: () => void;
}) => {
  const { objective, onSave, onClose } = props;
  const [id, setId] = useState('');
  const [title, setTitle] = useState(objective?.title ?? '');
  const [description, setDescription] = useState(objective?.description ?? '');
  const [category, setCategory] = useState<EnablementCategory>(
    objective?.category ?? 'engineering-velocity',
  );
  const [period, setPeriod] = useState(objective?.period ?? '');
  const submission = useSubmit();

  const input = (): ObjectiveInput => ({
    ...(!objective && id ? { id } : {}),
    title,
    ...(description ? { description } : {}),
    category,
    ...(period ? { period } : {}),
    ...(objective ? { version: objective.version } : {}),
  });

  return (
    <FormDialog
      id="objective-dialog"
      title={objective ? 'Edit objective' : 'Add objective'}
      submitLabel="Save"
      submission={submission}
      onSubmit={() =>
        submission.run(() => onSave(input()), {
          check: () => validateObjectiveInput(input()),
        })
      }
      onClose={onClose}
    >
      {!objective && (
        <TextField
          id="objective-id-optional-slug"
          label="Id (optional slug)"
          helperText="e.g. faster-delivery; left empty, one is generated"
          value={id}
          onChange={e => setId(e.target.value)}
          fullWidth
          margin="dense"
        />
      )}
      <TextField
        id="objective-title"
        label="Title"
        value={title}
        onChange={e => setTitle(e.target.value)}
        fullWidth
        required
        margin="dense"
      />
      <TextField
        id="objective-description"
        label="Description"
        value={description}
        onChange={e => setDescription(e.target.value)}
        fullWidth
        multiline
        minRows={2}
        margin="dense"
      />
      <TextField
        id="objective-enablement-category"
        select
        label="Enablement category"
        value={category}
        onChange={e => setCategory(e.target.value as EnablementCategory)}
        fullWidth
        margin="dense"
      >
        {ENABLEMENT_CATEGORIES.map(c => (
          <MenuItem key={c} value={c}>
            {CATEGORY_LABELS[c]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="objective-period-optional"
        label="Period (optional)"
        helperText="e.g. 2026-Q4"
        value={period}
        onChange={e => setPeriod(e.target.value)}
        fullWidth
        margin="dense"
      />
    </FormDialog>
  );
};
