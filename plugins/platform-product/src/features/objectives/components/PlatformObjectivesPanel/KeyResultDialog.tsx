import { useState } from 'react';
import { Box, MenuItem, TextField } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import {
  KEY_RESULT_AGGREGATIONS,
  KEY_RESULT_BINDING_TYPES,
  KeyResult,
  KeyResultAggregation,
  KeyResultBinding,
  KeyResultDirection,
  KeyResultInput,
  validateKeyResultInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { FormDialog, useSubmit } from '../../../../shared/FormDialog';

type BindingType = KeyResultBinding['type'];

const BINDING_LABELS: Record<BindingType, string> = {
  adoption: 'Adoption (share of audience teams, 0–1)',
  nps: 'Net promoter score (−100 to 100)',
  'slo-attainment': 'SLO attainment (0–1)',
  metric: 'Ingested metric',
};

const AGGREGATION_LABELS: Record<KeyResultAggregation, string> = {
  p50: 'p50 (median)',
  p95: 'p95',
  rate: 'rate (sum per day)',
  sum: 'sum',
  avg: 'average',
};

/**
 * Adds or edits a key result, with a picker for the series it is bound to: adoption, NPS, one of
 * the platform's SLOs, or a metric with an aggregation and a window.
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
  const [id, setId] = useState('');
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
  const [baseline, setBaseline] = useState(
    keyResult ? String(keyResult.baseline) : '',
  );
  const [target, setTarget] = useState(
    keyResult ? String(keyResult.target) : '',
  );
  const [direction, setDirection] = useState<KeyResultDirection>(
    keyResult?.direction ?? 'increase',
  );
  const submission = useSubmit();

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
      default:
        return { type };
    }
  };

  const input = (): KeyResultInput => ({
    ...(!keyResult && id ? { id } : {}),
    title,
    binding: binding(),
    baseline: baseline.trim() === '' ? NaN : Number(baseline),
    target: target.trim() === '' ? NaN : Number(target),
    direction,
    ...(keyResult ? { version: keyResult.version } : {}),
  });

  return (
    <FormDialog
      id="key-result-dialog"
      title={keyResult ? 'Edit key result' : 'Add key result'}
      submitLabel="Save"
      submission={submission}
      onSubmit={() =>
        submission.run(() => onSave(input()), {
          check: () => validateKeyResultInput(input()),
        })
      }
      onClose={onClose}
    >
      {!keyResult && (
        <TextField
          id="key-result-id-optional-slug"
          label="Id (optional slug)"
          helperText="e.g. deploy-kr-lead-time, so a roadmap can link to it"
          value={id}
          onChange={e => setId(e.target.value)}
          fullWidth
          margin="dense"
        />
      )}
      <TextField
        id="key-result-title"
        label="Title"
        value={title}
        onChange={e => setTitle(e.target.value)}
        fullWidth
        required
        margin="dense"
      />
      <TextField
        id="key-result-measured-by"
        select
        label="Measured by"
        value={type}
        onChange={e => setType(e.target.value as BindingType)}
        fullWidth
        margin="dense"
      >
        {KEY_RESULT_BINDING_TYPES.map(t => (
          <MenuItem key={t} value={t}>
            {BINDING_LABELS[t]}
          </MenuItem>
        ))}
      </TextField>
      {type === 'slo-attainment' && (
        <TextField
          id="key-result-slo"
          select
          label="SLO"
          value={slo}
          onChange={e => setSlo(e.target.value)}
          fullWidth
          margin="dense"
        >
          {sloNames.map(name => (
            <MenuItem key={name} value={name}>
              {name}
            </MenuItem>
          ))}
        </TextField>
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
          <TextField
            id="key-result-aggregation"
            select
            label="Aggregation"
            value={aggregation}
            onChange={e =>
              setAggregation(e.target.value as KeyResultAggregation)
            }
            margin="dense"
            style={{ flex: 1, minWidth: 120 }}
          >
            {KEY_RESULT_AGGREGATIONS.map(a => (
              <MenuItem key={a} value={a}>
                {AGGREGATION_LABELS[a]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            id="key-result-window"
            label="Window"
            helperText="e.g. 7d, 28d"
            value={window}
            onChange={e => setWindow(e.target.value)}
            margin="dense"
            style={{ flex: 1, minWidth: 80 }}
          />
        </Box>
      )}
      <Box display="flex" gridGap={8}>
        <TextField
          id="key-result-baseline"
          label="Baseline"
          value={baseline}
          onChange={e => setBaseline(e.target.value)}
          margin="dense"
          inputProps={{ inputMode: 'decimal' }}
        />
        <TextField
          id="key-result-target"
          label="Target"
          value={target}
          onChange={e => setTarget(e.target.value)}
          margin="dense"
          inputProps={{ inputMode: 'decimal' }}
        />
        <TextField
          id="key-result-direction"
          select
          label="Direction"
          value={direction}
          onChange={e => setDirection(e.target.value as KeyResultDirection)}
          margin="dense"
        >
          <MenuItem value="increase">increase</MenuItem>
          <MenuItem value="decrease">decrease</MenuItem>
        </TextField>
      </Box>
    </FormDialog>
  );
};
