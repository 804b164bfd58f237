import { useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { InfoCard, Progress } from '@backstage/core-components';
import {
  platformProductManagePermission,
  RoadmapBoard as Board,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { downloadText } from '../../../../shared/downloadText';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import { useRoadmapBoard } from '../../hooks';
import { InvestmentMixTable } from './InvestmentMixTable';
import { RoadmapHistoryDrawer } from './RoadmapHistoryDrawer';
import { RoadmapItemDialog } from './RoadmapItemDialog';
import { useRoadmapWrites } from './useRoadmapWrites';
import { RoadmapItemEvidenceDrawer } from '../../../feedback/components/RoadmapItemEvidenceDrawer';
import { lazyLoaded } from '../../../../shared/lazyLoaded';

const RoadmapColumns = lazyLoaded(
  () => import('./RoadmapColumns').then(m => m.RoadmapColumns),
  { height: 480 },
);

/** What the owners need to know about the roadmap file's last import. */
const ImportNotices = ({ board }: { board: Board }) => (
  <>
    {board.import?.status === 'failed' && (
      <Alert severity="error">
        Last import of {board.import.location} failed: {board.import.error}
      </Alert>
    )}
    {board.import?.warnings.map(warning => (
      <Alert severity="info" key={warning}>
        {warning}
      </Alert>
    ))}
  </>
);

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
  const state = useRoadmapBoard(entityRef);
  const { allowed: canEdit } = useEntityPermission(
    platformProductManagePermission,
    entityRef,
  );
  const writes = useRoadmapWrites(entityRef, state.retry);
  const [history, setHistory] = useState<RoadmapItem>();
  const [evidence, setEvidence] = useState<RoadmapItem>();

  const exportFile = async (board: Board) =>
    downloadText(
      await writes.exportFile(),
      `${board.platformRef.split('/').pop()}-roadmap.yaml`,
      'text/yaml',
    );

  const render = (board: Board) => (
    <>
      {writes.conflict && (
        <Alert
          severity="warning"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={writes.reloadAfterConflict}
            >
              Reload
            </Button>
          }
        >
          Someone changed this item since you opened it: {writes.conflict}
        </Alert>
      )}
      {writes.error && <Alert severity="error">{writes.error}</Alert>}
      {canEdit && <ImportNotices board={board} />}
      <Box display="flex" gridGap={8} my={1}>
        {canEdit && (
          <Button
            variant="outlined"
            color="primary"
            onClick={() => writes.setEditing({})}
          >
            Add item
          </Button>
        )}
        {canEdit && board.file && (
          <Button variant="outlined" onClick={writes.importFile}>
            Import roadmap file now
          </Button>
        )}
        <Button variant="outlined" onClick={() => exportFile(board)}>
          Export YAML
        </Button>
      </Box>
      <RoadmapColumns
        board={board}
        canEdit={canEdit}
        actions={writes.actions}
        onHistory={setHistory}
        onEvidence={setEvidence}
      />
      {board.dropped.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          Dropped: {board.dropped.map(item => item.title).join(', ')}
        </Typography>
      )}
      <Box mt={2} maxWidth={560}>
        <InvestmentMixTable
          mix={board.investmentMix}
          canEdit={canEdit}
          onSave={writes.setMix}
        />
      </Box>
      {writes.editing && (
        <RoadmapItemDialog
          item={writes.editing.item}
          onSave={writes.save}
          onClose={() => writes.setEditing(undefined)}
        />
      )}
      {history && (
        <RoadmapHistoryDrawer
          entityRef={entityRef}
          item={history}
          onClose={() => setHistory(undefined)}
        />
      )}
      {evidence && (
        <RoadmapItemEvidenceDrawer
          entityRef={entityRef}
          item={evidence}
          canEdit={canEdit}
          onClose={() => setEvidence(undefined)}
          onChanged={state.retry}
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
