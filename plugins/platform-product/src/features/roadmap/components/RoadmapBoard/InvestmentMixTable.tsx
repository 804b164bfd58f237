import { useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import {
  InvestmentMix,
  ROADMAP_CATEGORIES,
  RoadmapBoard,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  FormDialog,
  TextInput,
  useSubmit,
} from '../../../../shared/FormDialog';
import { CATEGORY_LABELS } from './roadmapLabels';
import { InvestmentMixRows } from './InvestmentMixRows';

/**
 * Intended against actual investment: the declared mix per category beside the share of Now items
 * in it. Owners edit the mix here unless the roadmap file declares it.
 */
export const InvestmentMixTable = (props: {
  mix: RoadmapBoard['investmentMix'];
  canEdit: boolean;
  onSave: (mix: InvestmentMix) => void;
}) => {
  const { mix, canEdit, onSave } = props;
  const [editing, setEditing] = useState<Record<string, string> | null>(null);
  const submission = useSubmit();
  return (
    <Box>
      <Typography variant="subtitle2">Investment mix (Now items)</Typography>
      {mix.rows.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No mix declared and nothing in Now yet.
        </Typography>
      ) : (
        <InvestmentMixRows rows={mix.rows} declared={!!mix.intended} />
      )}
      {mix.source === 'file' && (
        <Typography variant="caption" color="textSecondary">
          Declared in the roadmap file.
        </Typography>
      )}
      {canEdit && mix.source !== 'file' && (
        <Button
          size="small"
          onClick={() =>
            setEditing(
              Object.fromEntries(
                ROADMAP_CATEGORIES.map(category => [
                  category,
                  String(mix.intended?.[category] ?? ''),
                ]),
              ),
            )
          }
        >
          Edit intended mix
        </Button>
      )}
      {editing && (
        <FormDialog
          id="investment-mix"
          title="Intended investment mix (sums to 100)"
          submitLabel="Save"
          submission={submission}
          onSubmit={() =>
            submission.run(
              async () =>
                onSave(
                  Object.fromEntries(
                    Object.entries(editing)
                      .filter(([, value]) => value !== '')
                      .map(([category, value]) => [category, Number(value)]),
                  ),
                ),
              { onDone: () => setEditing(null) },
            )
          }
          onClose={() => setEditing(null)}
          maxWidth="xs"
        >
          {ROADMAP_CATEGORIES.map(category => (
            <TextInput
              key={category}
              type="number"
              label={`${CATEGORY_LABELS[category]} %`}
              value={editing[category]}
              onChange={value => setEditing({ ...editing, [category]: value })}
            />
          ))}
        </FormDialog>
      )}
    </Box>
  );
};
