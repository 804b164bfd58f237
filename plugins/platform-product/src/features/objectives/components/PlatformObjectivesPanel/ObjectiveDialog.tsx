import { useState } from 'react';
import {
  ENABLEMENT_CATEGORIES,
  EnablementCategory,
  Objective,
  ObjectiveInput,
  validateObjectiveInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { SelectInput, TextInput } from '../../../../shared/FormDialog';
import { SlugEditorDialog } from './SlugEditorDialog';

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
  const [title, setTitle] = useState(objective?.title ?? '');
  const [description, setDescription] = useState(objective?.description ?? '');
  const [category, setCategory] = useState<EnablementCategory>(
    objective?.category ?? 'engineering-velocity',
  );
  const [period, setPeriod] = useState(objective?.period ?? '');

  return (
    <SlugEditorDialog<ObjectiveInput>
      what="objective"
      editing={objective}
      slugHint="e.g. faster-delivery; left empty, one is generated"
      fields={() => ({
        title,
        ...(description ? { description } : {}),
        category,
        ...(period ? { period } : {}),
      })}
      check={validateObjectiveInput}
      onSave={onSave}
      onClose={onClose}
    >
      <TextInput
        id="objective-title"
        label="Title"
        value={title}
        onChange={setTitle}
        required
      />
      <TextInput
        id="objective-description"
        label="Description"
        value={description}
        onChange={setDescription}
        multiline
        minRows={2}
      />
      <SelectInput
        id="objective-enablement-category"
        label="Enablement category"
        value={category}
        onChange={setCategory}
        options={ENABLEMENT_CATEGORIES}
        labels={CATEGORY_LABELS}
      />
      <TextInput
        id="objective-period-optional"
        label="Period (optional)"
        helperText="e.g. 2026-Q4"
        value={period}
        onChange={setPeriod}
      />
    </SlugEditorDialog>
  );
};
