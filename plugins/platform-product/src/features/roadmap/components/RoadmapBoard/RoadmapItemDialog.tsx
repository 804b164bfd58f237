import { useState } from 'react';
import {
  ROADMAP_CATEGORIES,
  ROADMAP_CONFIDENCES,
  ROADMAP_HORIZONS,
  ROADMAP_STATUSES,
  RoadmapHorizon,
  RoadmapItem,
  RoadmapItemFields,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  SaveDialog,
  SelectInput,
  TextInput,
} from '../../../../shared/FormDialog';
import { CATEGORY_LABELS, HORIZON_LABELS, personaName } from './roadmapLabels';

/** What the dialog saves: the fields, and the horizon of a new item. */
export type RoadmapItemDraft = RoadmapItemFields & { horizon: RoadmapHorizon };

const EMPTY: RoadmapItemDraft = {
  horizon: 'next',
  title: '',
  problem: '',
  hypothesis: '',
  confidence: 'medium',
  status: 'exploring',
  personas: [],
  category: 'new-capability',
  keyResultId: null,
};

/** The fields of an item the dialog edits, and nothing else of it (the API refuses unknown fields). */
function draftOf(item: RoadmapItem): RoadmapItemDraft {
  return Object.fromEntries(
    Object.keys(EMPTY).map(field => [field, item[field as keyof RoadmapItem]]),
  ) as unknown as RoadmapItemDraft;
}

/**
 * The form to add an item or edit one: problem first, then the hypothesis that the item will solve
 * it ("we believe … will …, measured by …"). The backend checks the values and says what is wrong;
 * `onSave` rejects with that answer to have it shown.
 */
export const RoadmapItemDialog = (props: {
  item?: RoadmapItem;
  onSave: (draft: RoadmapItemDraft) => Promise<void>;
  onClose: () => void;
}) => {
  const { item, onSave, onClose } = props;
  const [draft, setDraft] = useState<RoadmapItemDraft>(
    item ? draftOf(item) : EMPTY,
  );
  const [personas, setPersonas] = useState(
    draft.personas.map(personaName).join(', '),
  );
  const set = (field: keyof RoadmapItemDraft) => (value: string) =>
    setDraft({ ...draft, [field]: value });
  const select = (
    field: 'horizon' | 'confidence' | 'status' | 'category',
    label: string,
    options: readonly string[],
    labels?: Record<string, string>,
  ) => (
    <SelectInput
      id={`roadmap-item-${field}`}
      label={label}
      value={draft[field]}
      onChange={set(field)}
      options={options}
      labels={labels}
    />
  );

  return (
    <SaveDialog
      id="roadmap-item"
      title={item ? `Edit "${item.title}"` : 'Add a roadmap item'}
      submitLabel="Save"
      input={(): RoadmapItemDraft => ({
        ...draft,
        personas: personas
          .split(',')
          .map(persona => persona.trim())
          .filter(Boolean),
      })}
      onSave={onSave}
      onClose={onClose}
    >
      {!item && select('horizon', 'Horizon', ROADMAP_HORIZONS, HORIZON_LABELS)}
      <TextInput label="Title" value={draft.title} onChange={set('title')} />
      <TextInput
        multiline
        label="Problem"
        helperText="The problem your users have, in their words"
        value={draft.problem}
        onChange={set('problem')}
      />
      <TextInput
        multiline
        label="Hypothesis"
        helperText="We believe … will …, measured by …"
        value={draft.hypothesis}
        onChange={set('hypothesis')}
      />
      {select('confidence', 'Confidence', ROADMAP_CONFIDENCES)}
      {select('status', 'Status', ROADMAP_STATUSES)}
      {select(
        'category',
        'Investment category',
        ROADMAP_CATEGORIES,
        CATEGORY_LABELS,
      )}
      <TextInput
        label="Personas"
        helperText="Comma-separated, e.g. feature-engineer, sre-oncall"
        value={personas}
        onChange={setPersonas}
      />
      <TextInput
        label="Key result id (optional)"
        value={draft.keyResultId ?? ''}
        onChange={value => setDraft({ ...draft, keyResultId: value || null })}
      />
    </SaveDialog>
  );
};
