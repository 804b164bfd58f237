import { useState } from 'react';
import {
  Box,
  Button,
  Grid,
  IconButton,
  Paper,
  Typography,
} from '@material-ui/core';
import DragIndicatorIcon from '@material-ui/icons/DragIndicator';
import { Alert } from '@material-ui/lab';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  DndContext,
  DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  platformProductManagePermission,
  ROADMAP_HORIZONS,
  RoadmapBoard as Board,
  RoadmapHorizon,
  RoadmapItem,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import { describeError } from '../../../../api';
import { roadmapApiRef } from '../../api';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import { useRoadmapBoard } from '../../hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { InvestmentMixTable } from './InvestmentMixTable';
import { RoadmapHistoryDrawer } from './RoadmapHistoryDrawer';
import { RoadmapItemActions, RoadmapItemCard } from './RoadmapItemCard';
import { RoadmapItemDialog, RoadmapItemDraft } from './RoadmapItemDialog';
import { HORIZON_LABELS } from './roadmapLabels';

/**
 * A card that owners can drag by its handle: with the pointer, or with the keyboard (focus the
 * handle, space to pick up, arrow keys to move, space to drop).
 */
const SortableCard = (props: {
  id: string;
  title: string;
  disabled: boolean;
  children: React.ReactNode;
}) => {
  const { attributes, listeners, setNodeRef, transform, transition } =
    useSortable({ id: props.id, disabled: props.disabled });
  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      {!props.disabled && (
        <Box display="flex" justifyContent="center">
          <IconButton
            size="small"
            {...attributes}
            {...listeners}
            aria-label={`Drag ${props.title}`}
          >
            <DragIndicatorIcon fontSize="small" />
          </IconButton>
        </Box>
      )}
      {props.children}
    </div>
  );
};

const Column = (props: {
  horizon: RoadmapHorizon;
  children: React.ReactNode;
}) => {
  const { setNodeRef } = useDroppable({ id: props.horizon });
  return (
    <Paper
      ref={setNodeRef}
      variant="outlined"
      aria-label={`${HORIZON_LABELS[props.horizon]} column`}
      role="region"
    >
      <Box
        p={1}
        minHeight={120}
        display="flex"
        flexDirection="column"
        gridGap={8}
      >
        <Typography variant="h6" component="h3">
          {HORIZON_LABELS[props.horizon]}
        </Typography>
        {props.children}
      </Box>
    </Paper>
  );
};

/** Whether an error is the backend's 409 for a stale version. */
function isConflict(error: unknown): boolean {
  return (
    (error as { response?: { status?: number } })?.response?.status === 409
  );
}

/** Where a drop lands: the column, and the position among the column's other items. */
function dropTarget(
  board: Board,
  event: DragEndEvent,
):
  | { item: RoadmapItem; horizon: RoadmapHorizon; position: number }
  | undefined {
  const { active, over } = event;
  if (!over || active.id === over.id) return undefined;
  const all = ROADMAP_HORIZONS.flatMap(horizon => board.horizons[horizon]);
  const item = all.find(candidate => candidate.id === active.id);
  if (!item) return undefined;
  if ((ROADMAP_HORIZONS as readonly string[]).includes(String(over.id))) {
    const horizon = over.id as RoadmapHorizon;
    return {
      item,
      horizon,
      position: board.horizons[horizon].filter(i => i.id !== item.id).length,
    };
  }
  const target = all.find(candidate => candidate.id === over.id);
  if (!target) return undefined;
  const column = board.horizons[target.horizon];
  const from = column.findIndex(i => i.id === item.id);
  const to = column.findIndex(i => i.id === target.id);
  // Within a column, dropping on a lower item puts the dragged one after it.
  return {
    item,
    horizon: target.horizon,
    position: from !== -1 && from < to ? to : to,
  };
}

/**
 * The platform's roadmap: Now / Next / Later columns of items (problems to solve, not features),
 * the intended against the actual investment mix, and the roadmap file's last import. Owners drag
 * items (pointer, or keyboard: space to pick up, arrows, space to drop) or use each item's menu, add,
 * edit and drop items, and record outcome reviews; a change someone else made meanwhile is reported
 * with a Reload button instead of being overwritten.
 *
 * @public
 */
export const RoadmapBoard = (props: { entityRef: string }) => {
  const { entityRef } = props;
  const api = useApi(roadmapApiRef);
  const state = useRoadmapBoard(entityRef);
  const { allowed: canEdit } = useEntityPermission(
    platformProductManagePermission,
    entityRef,
  );
  const [conflict, setConflict] = useState<string>();
  const [error, setError] = useState<string>();
  const [dialog, setDialog] = useState<{
    item?: RoadmapItem;
    error?: string;
  }>();
  const [history, setHistory] = useState<RoadmapItem>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
    }),
  );

  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setError(undefined);
    try {
      await write();
      state.retry();
      return true;
    } catch (e) {
      if (
        isConflict(e) &&
        describeError(e as Error).includes('changed since')
      ) {
        setConflict(describeError(e as Error));
      } else {
        setError(describeError(e as Error));
      }
      return false;
    }
  };

  const actions: RoadmapItemActions = {
    move: (item, horizon, position) =>
      run(() =>
        api.moveRoadmapItem({
          entityRef,
          itemId: item.id,
          version: item.version,
          horizon,
          position,
        }),
      ),
    edit: item => setDialog({ item }),
    drop: item =>
      run(() =>
        api.updateRoadmapItem({
          entityRef,
          itemId: item.id,
          version: item.version,
          changes: { status: 'dropped' },
        }),
      ),
    review: (item, outcome, notes) =>
      run(() =>
        api.reviewRoadmapItem({
          entityRef,
          itemId: item.id,
          version: item.version,
          outcome: outcome as RoadmapOutcome,
          notes,
        }),
      ),
  };

  const save = async (draft: RoadmapItemDraft) => {
    const { horizon, ...fields } = draft;
    const item = dialog?.item;
    try {
      if (item) {
        await api.updateRoadmapItem({
          entityRef,
          itemId: item.id,
          version: item.version,
          changes: fields,
        });
      } else {
        await api.createRoadmapItem({ entityRef, item: draft });
      }
      setDialog(undefined);
      state.retry();
    } catch (e) {
      if (
        isConflict(e) &&
        describeError(e as Error).includes('changed since')
      ) {
        setDialog(undefined);
        setConflict(describeError(e as Error));
      } else {
        setDialog({ item, error: describeError(e as Error) });
      }
    }
  };

  const exportFile = async (board: Board) => {
    const text = await api.exportRoadmap({ entityRef });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${board.platformRef.split('/').pop()}-roadmap.yaml`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const render = (board: Board) => (
    <>
      {conflict && (
        <Alert
          severity="warning"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                setConflict(undefined);
                state.retry();
              }}
            >
              Reload
            </Button>
          }
        >
          Someone changed this item since you opened it: {conflict}
        </Alert>
      )}
      {error && <Alert severity="error">{error}</Alert>}
      {canEdit && board.import?.status === 'failed' && (
        <Alert severity="error">
          Last import of {board.import.location} failed: {board.import.error}
        </Alert>
      )}
      {canEdit &&
        board.import?.warnings.map(warning => (
          <Alert severity="info" key={warning}>
            {warning}
          </Alert>
        ))}
      <Box display="flex" gridGap={8} my={1}>
        {canEdit && (
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setDialog({})}
          >
            Add item
          </Button>
        )}
        {canEdit && board.file && (
          <Button
            variant="outlined"
            onClick={() => run(() => api.importRoadmap({ entityRef }))}
          >
            Import roadmap file now
          </Button>
        )}
        <Button variant="outlined" onClick={() => exportFile(board)}>
          Export YAML
        </Button>
      </Box>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragEnd={event => {
          const target = dropTarget(board, event);
          if (target) {
            actions.move(target.item, target.horizon, target.position);
          }
        }}
      >
        <Grid container spacing={2}>
          {ROADMAP_HORIZONS.map(horizon => {
            const items = board.horizons[horizon];
            return (
              <Grid item xs={12} md={4} key={horizon}>
                <SortableContext
                  id={horizon}
                  items={items.map(item => item.id)}
                  strategy={verticalListSortingStrategy}
                >
                  <Column horizon={horizon}>
                    {items.length === 0 && (
                      <Typography variant="body2" color="textSecondary">
                        Nothing here yet.
                      </Typography>
                    )}
                    {items.map((item, index) => (
                      <SortableCard
                        key={item.id}
                        id={item.id}
                        title={item.title}
                        disabled={!canEdit || item.source === 'file'}
                      >
                        <RoadmapItemCard
                          item={item}
                          index={index}
                          count={items.length}
                          canEdit={canEdit}
                          file={board.file}
                          actions={actions}
                          onHistory={setHistory}
                        />
                      </SortableCard>
                    ))}
                  </Column>
                </SortableContext>
              </Grid>
            );
          })}
        </Grid>
      </DndContext>
      {board.dropped.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          Dropped: {board.dropped.map(item => item.title).join(', ')}
        </Typography>
      )}
      <Box mt={2} maxWidth={560}>
        <InvestmentMixTable
          mix={board.investmentMix}
          canEdit={canEdit}
          onSave={mix => run(() => api.setInvestmentMix({ entityRef, mix }))}
        />
      </Box>
      {dialog && (
        <RoadmapItemDialog
          item={dialog.item}
          error={dialog.error}
          onSave={save}
          onClose={() => setDialog(undefined)}
        />
      )}
      {history && (
        <RoadmapHistoryDrawer
          entityRef={entityRef}
          item={history}
          onClose={() => setHistory(undefined)}
        />
      )}
    </>
  );

  return (
    <InfoCard
      title="Roadmap"
      subheader="Problems we are solving now, next and later — ordered by priority, sequenced by confidence"
    >
      {state.value && state.loading ? (
        <>
          <Progress />
          {render(state.value)}
        </>
      ) : (
        <AsyncContent state={state}>{render}</AsyncContent>
      )}
    </InfoCard>
  );
};
