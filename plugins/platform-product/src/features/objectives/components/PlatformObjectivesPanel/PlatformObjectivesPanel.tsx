import { useState } from 'react';
import { Box, Button, Chip, Divider, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  describeKeyResultBinding,
  KeyResult,
  Objective,
  platformProductManagePermission,
  WELL_KNOWN_METRICS,
} from '@platform-product/backstage-plugin-platform-product-common';
import { objectivesApiRef } from '../../api';
import { useObjectives } from '../../hooks';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { EditDeleteButtons } from '../../../../shared/EditDeleteButtons';
import { SubmissionErrors, useSubmit } from '../../../../shared/FormDialog';
import { KeyResultDialog } from './KeyResultDialog';
import { KeyResultProgressView } from './KeyResultProgressView';
import { categoryLabel, ObjectiveDialog } from './ObjectiveDialog';

type Editing =
  | { what: 'objective'; objective?: Objective }
  | { what: 'key-result'; objectiveId: string; keyResult?: KeyResult };

/**
 * "Objectives & key results" of a platform: each objective with its key results, whose progress is
 * computed from the series they are bound to. The platform's owners add, edit and delete them;
 * everyone else reads.
 *
 * @public
 */
export const PlatformObjectivesPanel = (props: {
  entityRef: string;
  /** The names of the platform's SLOs, offered when binding a key result to one. */
  sloNames?: string[];
  /** Metric names offered when binding a key result to a metric (besides the well-known ones). */
  metricNames?: string[];
}) => {
  const { entityRef, sloNames = [], metricNames = [] } = props;
  const api = useApi(objectivesApiRef);
  const state = useObjectives(entityRef);
  const { allowed } = useEntityPermission(
    platformProductManagePermission,
    entityRef,
  );
  const [editing, setEditing] = useState<Editing>();
  const removal = useSubmit();

  const saved = () => {
    setEditing(undefined);
    state.retry();
  };
  const remove = async (action: () => Promise<void>) => {
    await removal.run(action);
    state.retry();
  };

  return (
    <InfoCard
      title="Objectives & key results"
      subheader="Progress is computed from the measured series each key result is bound to"
      action={
        allowed ? (
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setEditing({ what: 'objective' })}
          >
            Add objective
          </Button>
        ) : undefined
      }
    >
      <SubmissionErrors submission={removal} />
      <AsyncContent state={state}>
        {({ items }) =>
          items.length === 0 ? (
            <Typography variant="body2">
              No objectives yet.{' '}
              {allowed
                ? 'Add one, with key results bound to adoption, NPS, an SLO or a metric.'
                : 'The platform team has not published any.'}
            </Typography>
          ) : (
            items.map((objective, index) => (
              <Box key={objective.id} mb={2}>
                {index > 0 && <Divider />}
                <Box display="flex" alignItems="center" gridGap={8} mt={1}>
                  <Typography variant="h6" component="h3">
                    {objective.title}
                  </Typography>
                  <Chip
                    size="small"
                    label={categoryLabel(objective.category)}
                  />
                  {objective.period && (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={objective.period}
                    />
                  )}
                  {allowed && (
                    <>
                      <EditDeleteButtons
                        label={`objective ${objective.title}`}
                        onEdit={() =>
                          setEditing({ what: 'objective', objective })
                        }
                        onDelete={() =>
                          remove(() =>
                            api.deleteObjective({
                              entityRef,
                              objectiveId: objective.id,
                              version: objective.version,
                            }),
                          )
                        }
                      />
                    </>
                  )}
                </Box>
                {objective.description && (
                  <Typography variant="body2" color="textSecondary">
                    {objective.description}
                  </Typography>
                )}
                {objective.keyResults.length === 0 && (
                  <Typography variant="body2">No key results yet.</Typography>
                )}
                {objective.keyResults.map(keyResult => (
                  <Box
                    key={keyResult.id}
                    mt={1.5}
                    data-testid={`key-result-${keyResult.id}`}
                  >
                    <Box display="flex" alignItems="center" gridGap={8}>
                      <Typography variant="subtitle2" component="h4">
                        {keyResult.title}
                      </Typography>
                      <Typography variant="caption" color="textSecondary">
                        {describeKeyResultBinding(keyResult.binding)} ·{' '}
                        {keyResult.id}
                      </Typography>
                      {keyResult.scope && (
                        <Chip
                          size="small"
                          variant="outlined"
                          label={keyResult.scope.title}
                          title={`Scoped to ${keyResult.scope.groupRef}`}
                        />
                      )}
                      {allowed && (
                        <>
                          <EditDeleteButtons
                            label={`key result ${keyResult.title}`}
                            onEdit={() =>
                              setEditing({
                                what: 'key-result',
                                objectiveId: objective.id,
                                keyResult,
                              })
                            }
                            onDelete={() =>
                              remove(() =>
                                api.deleteKeyResult({
                                  entityRef,
                                  keyResultId: keyResult.id,
                                  version: keyResult.version,
                                }),
                              )
                            }
                          />
                        </>
                      )}
                    </Box>
                    <KeyResultProgressView keyResult={keyResult} />
                  </Box>
                ))}
                {allowed && (
                  <Box mt={1}>
                    <Button
                      size="small"
                      color="primary"
                      onClick={() =>
                        setEditing({
                          what: 'key-result',
                          objectiveId: objective.id,
                        })
                      }
                    >
                      Add key result
                    </Button>
                  </Box>
                )}
              </Box>
            ))
          )
        }
      </AsyncContent>
      {editing?.what === 'objective' && (
        <ObjectiveDialog
          objective={editing.objective}
          onClose={() => setEditing(undefined)}
          onSave={async objective => {
            await (editing.objective
              ? api.updateObjective({
                  entityRef,
                  objectiveId: editing.objective.id,
                  objective,
                })
              : api.createObjective({ entityRef, objective }));
            saved();
          }}
        />
      )}
      {editing?.what === 'key-result' && (
        <KeyResultDialog
          keyResult={editing.keyResult}
          sloNames={sloNames}
          metricNames={[
            ...new Set([
              ...WELL_KNOWN_METRICS.map(m => m.name),
              ...metricNames,
            ]),
          ]}
          onClose={() => setEditing(undefined)}
          onSave={async keyResult => {
            await (editing.keyResult
              ? api.updateKeyResult({
                  entityRef,
                  keyResultId: editing.keyResult.id,
                  keyResult,
                })
              : api.createKeyResult({
                  entityRef,
                  objectiveId: editing.objectiveId,
                  keyResult,
                }));
            saved();
          }}
        />
      )}
    </InfoCard>
  );
};
