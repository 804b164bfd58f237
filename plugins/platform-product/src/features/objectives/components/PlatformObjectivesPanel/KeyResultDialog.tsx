import { useState } from 'react';
import { Box, TextField } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import {
  KEY_RESULT_AGGREGATIONS,
  KEY_RESULT_BINDING_TYPES,
  KEY_RESULT_DIRECTIONS,
  KeyResult,
  KeyResultAggregation,
  KeyResultBinding,
  KeyResultDirection,
  KeyResultInput,
  SCOPABLE_KEY_RESULT_BINDING_TYPES,
  validateKeyResultInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { SelectInput, TextInput } from '../../../../shared/FormDialog';
import { SlugEditorDialog } from './SlugEditorDialog';

type BindingType = KeyResultBinding['type'];

const BINDING_LABELS: Record<BindingType, string> = {
  adoption: 'Adoption (share of audience teams, 0–1)',
  nps: 'Net promoter score (−100 to 100)',
  'slo-attainment': 'SLO attainment (0–1)',
  metric: 'Ingested metric',
  'deprecation-consumers': 'Consumers still on a deprecated entity',
};

const scopable = (type: BindingType) =>
  (SCOPABLE_KEY_RESULT_BINDING_TYPES as readonly string[]).includes(type);

const AGGREGATION_LABELS: Record<KeyResultAggregation, string> = {
  p50: 'p50 (median)',
  p95: 'p95',
  rate: 'rate (sum per day)',
  sum: 'sum',
  avg: 'average',
};

/**
 * Adds or edits a key result, with a picker for the series it is bound to: adoption, NPS, one of
 * the platform's SLOs, a metric with an aggregation and a window, or the consumers of a
 * deprecated entity; adoption and deprecation key results may be scoped to a group (an entity ref
 * such as `group:default/commerce`), making them a shared objective of that group.
 */
export const KeyResultDialog = (props: {
  keyResult?: KeyResult;
  sloNames: string[];
  metricNames: string[];
  onSave: (input: KeyResultInput) => Promise<unknown>;
  onClose: () => void;
}) => {
  const { keyResult, sloNames, metricNames, onSave, onClose } = props;
  const initial = keyResult?.binding;
  const [title, setTitle] = useState(keyResult?.title ?? '');
  const [type, setType] = useState<BindingType>(initial?.type ?? 'metric');
  const [slo, setSlo] = useState(
    initial?.type === 'slo-attainment' ? initial.slo : sloNames[0] ?? '',
  );
  const [metric, setMetric] = useState(
    initial?.type === 'metric' ? initial.metric : '',
  );
  const [aggregation, setAggregation] = useState<KeyResultAggregation>(
    initial?.type === 'metric' ? initial.aggregation : 'p50',
  );
  const [window, setWindow] = useState(
    initial?.type === 'metric' ? initial.window : '28d',
  );
  const [deprecationRef, setDeprecationRef] = useState(
    initial?.type === 'deprecation-consumers' ? initial.deprecationRef : '',
  );
  const [scopeRef, setScopeRef] = useState(keyResult?.scope?.groupRef ?? '');
  const [baseline, setBaseline] = useState(
    keyResult ? String(keyResult.baseline) : '',
  );
  const [target, setTarget] = useState(
    keyResult ? String(keyResult.target) : '',
  );
  const [direction, setDirection] = useState<KeyResultDirection>(
    keyResult?.direction ?? 'increase',
  );

  const binding = (): KeyResultBinding => {
    switch (type) {
      case 'slo-attainment':
        return { type, slo };
      case 'metric':
        return {
          type,
          metric,
          aggregation,
          window,
          ...(initial?.type === 'metric' && initial.labels
            ? { labels: initial.labels }
            : {}),
        };
      case 'deprecation-consumers':
        return { type, deprecationRef };
      default:
        return { type };
    }
  };

  return (
    <SlugEditorDialog<KeyResultInput>
      what="key result"
      editing={keyResult}
      slugHint="e.g. deploy-kr-lead-time, so a roadmap can link to it"
      fields={() => ({
        title,
        binding: binding(),
        ...(scopable(type) && scopeRef.trim() !== ''
          ? { scope: { groupRef: scopeRef.trim() } }
          : {}),
        baseline: baseline.trim() === '' ? NaN : Number(baseline),
        target: target.trim() === '' ? NaN : Number(target),
        direction,
      })}
      check={validateKeyResultInput}
      onSave={onSave}
      onClose={onClose}
    >
      <TextInput
        id="key-result-title"
        label="Title"
        value={title}
        onChange={setTitle}
        required
      />
      <SelectInput
        id="key-result-measured-by"
        label="Measured by"
        value={type}
        onChange={setType}
        options={KEY_RESULT_BINDING_TYPES}
        labels={BINDING_LABELS}
      />
      {type === 'slo-attainment' && (
        <SelectInput
          id="key-result-slo"
          label="SLO"
          value={slo}
          onChange={setSlo}
          options={sloNames}
        />
      )}
      {type === 'metric' && (
        <Box display="flex" gridGap={8} flexWrap="wrap">
          <Autocomplete
            id="key-result-metric"
            freeSolo
            options={metricNames}
            inputValue={metric}
            onInputChange={(_e, value) => setMetric(value)}
            style={{ flex: 2, minWidth: 200 }}
            renderInput={params => (
              <TextField {...params} label="Metric" margin="dense" />
            )}
          />
          <SelectInput
            id="key-result-aggregation"
            label="Aggregation"
            value={aggregation}
            onChange={setAggregation}
            style={{ flex: 1, minWidth: 120 }}
            options={KEY_RESULT_AGGREGATIONS}
            labels={AGGREGATION_LABELS}
          />
          <TextInput
            id="key-result-window"
            label="Window"
            helperText="e.g. 7d, 28d"
            value={window}
            onChange={setWindow}
            style={{ flex: 1, minWidth: 80 }}
          />
        </Box>
      )}
      {type === 'deprecation-consumers' && (
        <TextInput
          id="key-result-deprecation"
          label="Deprecated entity"
          helperText="The ref of an entity with spec.deprecation, e.g. resource:default/docker-runtime"
          value={deprecationRef}
          onChange={setDeprecationRef}
          required
        />
      )}
      {scopable(type) && (
        <TextInput
          id="key-result-scope"
          label="Scope (group)"
          helperText="Optional: an org or team, e.g. group:default/commerce — measured among that group and the groups below it"
          value={scopeRef}
          onChange={setScopeRef}
        />
      )}
      <Box display="flex" gridGap={8}>
        <TextInput
          id="key-result-baseline"
          label="Baseline"
          value={baseline}
          onChange={setBaseline}
          inputProps={{ inputMode: 'decimal' }}
        />
        <TextInput
          id="key-result-target"
          label="Target"
          value={target}
          onChange={setTarget}
          inputProps={{ inputMode: 'decimal' }}
        />
        <SelectInput
          id="key-result-direction"
          label="Direction"
          value={direction}
          onChange={setDirection}
          options={KEY_RESULT_DIRECTIONS}
        />
      </Box>
    </SlugEditorDialog>
  );
};
