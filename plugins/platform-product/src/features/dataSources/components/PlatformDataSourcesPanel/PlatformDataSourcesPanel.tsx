import { Box, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { PlatformDataSources } from '@platform-product/backstage-plugin-platform-product-common';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { OwnerActionButton } from '../../../../shared/OwnerActionButton';
import { useReplaceableValue } from '../../../../shared/useReplaceableValue';
import { dataSourcesApiRef } from '../../api';
import { usePlatformDataSources } from '../../hooks';
import { DataSourcesTable } from './DataSourcesTable';
import { pullIntervalText, typesWithoutProvider } from './dataSourceText';
import { ProviderHint } from './ProviderHint';

const DataSourcesDetails = ({ sources }: { sources: PlatformDataSources }) => {
  if (sources.items.length === 0) {
    return (
      <Typography variant="body2">
        No SLO metric to source. Declare SLOs under{' '}
        <code>spec.platform.slos</code>; each of their metrics is then listed
        here with where its points come from.
      </Typography>
    );
  }
  const allPushed = sources.items.every(item => item.mode === 'pushed');
  return (
    <>
      {typesWithoutProvider(sources).map(type => (
        <Box key={type} mb={2}>
          <ProviderHint type={type} />
        </Box>
      ))}
      {allPushed && (
        <Box mb={2}>
          <Typography variant="body2">
            Every metric of this platform is pushed through the ingest API;
            declare a <code>metricSource</code> on an SLO, or a KPI metric in{' '}
            <code>kpiSources</code>, to pull it from Prometheus.
          </Typography>
        </Box>
      )}
      <DataSourcesTable items={sources.items} />
    </>
  );
};

/**
 * "Data sources" of a platform: one row per metric of its SLOs, pushed through the ingest API or
 * pulled from a metricSource, with the points stored, the latest one, the last successful pull and
 * the last problem in the backend's words; what to install when no provider serves a source; and,
 * for the platform's owners, "Pull now".
 */
export const PlatformDataSourcesPanel = (props: { entityRef: string }) => {
  const { entityRef } = props;
  const api = useApi(dataSourcesApiRef);
  const [state, showPulled] = useReplaceableValue(
    usePlatformDataSources(entityRef),
    entityRef,
  );
  const sources = state.value;

  return (
    <InfoCard
      title="Data sources"
      subheader={
        sources &&
        `Where the points of each SLO and KPI metric come from; pulled sources are ${pullIntervalText(
          sources.pullIntervalMinutes,
        )}`
      }
      action={
        <Box pt={1} pr={1}>
          <OwnerActionButton
            entityRef={entityRef}
            label="Pull now"
            busyLabel="Pulling…"
            action={async () =>
              showPulled(await api.pullDataSources({ entityRef }))
            }
          />
        </Box>
      }
    >
      <AsyncContent state={state}>
        {value => <DataSourcesDetails sources={value} />}
      </AsyncContent>
    </InfoCard>
  );
};
