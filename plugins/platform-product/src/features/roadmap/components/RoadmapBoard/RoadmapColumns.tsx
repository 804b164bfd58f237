import { ReactNode } from 'react';
import { Box, Grid, IconButton, Paper, Typography } from '@material-ui/core';
import DragIndicatorIcon from '@material-ui/icons/DragIndicator';
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
  ROADMAP_HORIZONS,
  RoadmapBoard as Board,
  RoadmapHorizon,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { RoadmapItemActions, RoadmapItemCard } from './RoadmapItemCard';
import { HORIZON_LABELS } from './roadmapLabels';

/**
 * A card that owners can drag by its handle: with the pointer, or with the keyboard (focus the
 * handle, space to pick up, arrow keys to move, space to drop).
 */
const SortableCard = (props: {
  id: string;
  title: string;
  disabled: boolean;
  children: ReactNode;
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

const Column = (props: { horizon: RoadmapHorizon; children: ReactNode }) => {
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
  // Within a column, dropping on a lower item puts the dragged one after it, on a higher one before
  // it: either way it takes the target's position.
  return {
    item,
    horizon: target.horizon,
    position: column.findIndex(i => i.id === target.id),
  };
}

/**
 * The Now / Next / Later columns of a board. Owners drag portal items by their handle (pointer or
 * keyboard) or use each item's menu; items of the roadmap file stay where the file puts them.
 */
export const RoadmapColumns = (props: {
  board: Board;
  canEdit: boolean;
  actions: RoadmapItemActions;
  onHistory: (item: RoadmapItem) => void;
  onEvidence: (item: RoadmapItem) => void;
}) => {
  const { board, canEdit, actions, onHistory, onEvidence } = props;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
    }),
  );
  return (
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
                        onHistory={onHistory}
                        onEvidence={onEvidence}
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
  );
};
