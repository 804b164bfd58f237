import { Fragment } from 'react';
import { Chip, Grid, Typography } from '@material-ui/core';
import {
  EmptyState,
  InfoCard,
  Link,
  StructuredMetadataTable,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { EntityRefLinks, useEntity } from '@backstage/plugin-catalog-react';
import {
  PlatformSlo,
  PlatformSpec,
  SCORECARD_KPIS,
  availabilityBudget,
  formatDuration,
  formatKpiValue,
  formatPercent,
  getServedPersonaRefs,
  isDuration,
  parseDuration,
  resolveScorecardTargets,
  validateMetadata,
} from '@platform-product/backstage-plugin-platform-product-common';

/** The problems in the entity's Platform Product metadata, as the catalog module reports them. */
export const PlatformMetadataProblems = () => {
  const { entity } = useEntity();
  const { problems } = validateMetadata(entity);
  if (problems.length === 0) {
    return null;
  }
  return (
    <WarningPanel
      severity="error"
      title={`This entity's platform metadata has ${problems.length} problem${
        problems.length > 1 ? 's' : ''
      }; fix them in its catalog-info.yaml`}
      defaultExpanded
    >
      <ul>
        {problems.map(problem => (
          <li key={problem.message}>
            <Typography variant="body2">{problem.message}</Typography>
          </li>
        ))}
      </ul>
    </WarningPanel>
  );
};

function sloIndicatorText(slo: PlatformSlo): string {
  if ('thresholdMetric' in slo.indicator) {
    const objective = slo.objectives[0];
    return `${slo.indicator.thresholdMetric.metric} ${objective?.op ?? ''} ${
      objective?.value ?? ''
    }`.trim();
  }
  const { good, bad, total } = slo.indicator.ratioMetric;
  return good
    ? `${good.metric} / ${total.metric}`
    : `1 − ${bad?.metric} / ${total.metric}`;
}

function sloWindowText(slo: PlatformSlo): string {
  const window = slo.timeWindow[0];
  return window.isRolling
    ? `rolling ${window.duration}`
    : `calendar ${window.duration}`;
}

/** For Occurrences SLOs over a fixed window: the bad time it allows, e.g. "43.2 min per 30d". */
function sloAllowanceText(slo: PlatformSlo, target: number): string {
  const window = slo.timeWindow[0];
  if (slo.budgetingMethod !== 'Occurrences' || !isDuration(window.duration)) {
    return `${formatPercent(1 - target)} of ${
      slo.budgetingMethod === 'Timeslices' ? 'time slices' : 'events'
    }`;
  }
  const allowed = availabilityBudget({
    target,
    windowMs: parseDuration(window.duration),
  });
  return `${formatPercent(1 - target)} of events (${formatDuration(
    allowed,
  )} of full downtime per ${window.duration})`;
}

/** Keeps labels as written ("P1 response") instead of start-casing them ("P 1 Response"). */
const asWritten = { titleFormat: (key: string) => key };

type SloRow = {
  id: string;
  slo: PlatformSlo;
  objective: PlatformSlo['objectives'][number];
};

const sloColumns: TableColumn<SloRow>[] = [
  {
    title: 'SLO',
    render: row => (
      <>
        <Typography variant="body2">
          {row.slo.displayName ?? row.slo.name}
        </Typography>
        {row.slo.description && (
          <Typography variant="caption" color="textSecondary">
            {row.slo.description}
          </Typography>
        )}
      </>
    ),
  },
  { title: 'Indicator', render: row => sloIndicatorText(row.slo) },
  { title: 'Window', render: row => sloWindowText(row.slo) },
  { title: 'Budgeting', render: row => row.slo.budgetingMethod },
  { title: 'Target', render: row => formatPercent(row.objective.target) },
  {
    title: 'Error budget',
    render: row => sloAllowanceText(row.slo, row.objective.target),
  },
];

const SloCard = ({ spec }: { spec: PlatformSpec }) => {
  const rows: SloRow[] = (spec.slos ?? []).flatMap(slo =>
    slo.objectives.map((objective, index) => ({
      id: `${slo.name}-${index}`,
      slo,
      objective,
    })),
  );
  if (rows.length === 0) {
    return (
      <InfoCard title="Service level objectives">
        <Typography variant="body2">
          This platform declares no SLOs. Add them under{' '}
          <code>spec.platform.slos</code> so consumers can see what to expect.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <Table<SloRow>
      title="Service level objectives"
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={sloColumns}
      data={rows}
    />
  );
};

const SupportCard = ({ spec }: { spec: PlatformSpec }) => {
  const support = spec.support;
  if (!support) {
    return (
      <InfoCard title="Support promise">
        <Typography variant="body2">
          No support promise declared. Add <code>spec.platform.support</code>{' '}
          with a channel and response times per priority.
        </Typography>
      </InfoCard>
    );
  }
  const metadata: Record<string, unknown> = {
    Channel: support.url ? (
      <Link to={support.url}>{support.channel}</Link>
    ) : (
      support.channel
    ),
  };
  if (support.hours) {
    metadata.Hours =
      support.hours === '24x7' ? 'Around the clock' : 'Business hours';
  }
  for (const [priority, time] of Object.entries(support.responseTimes ?? {})) {
    metadata[`${priority.toLocaleUpperCase('en-US')} response`] = time;
  }
  if (support.availabilityCommitment !== undefined) {
    metadata['Availability commitment'] = formatPercent(
      support.availabilityCommitment,
    );
  }
  return (
    <InfoCard title="Support promise">
      <StructuredMetadataTable metadata={metadata} options={asWritten} />
    </InfoCard>
  );
};

const ProductCard = ({ spec }: { spec: PlatformSpec }) => {
  const { entity } = useEntity();
  const metadata: Record<string, unknown> = {
    Category: <Chip size="small" label={spec.category} />,
    'Personas served': (
      <EntityRefLinks
        entityRefs={getServedPersonaRefs(entity, spec)}
        defaultKind="persona"
      />
    ),
    Audience: spec.audience?.groups?.length ? (
      <EntityRefLinks entityRefs={spec.audience.groups} defaultKind="group" />
    ) : (
      `every group of type ${(spec.audience?.groupTypes ?? ['team']).join(
        ', ',
      )}`
    ),
  };
  if (spec.hoursSavedPerTeamPerMonth !== undefined) {
    metadata['Hours saved per adopting team a month'] =
      spec.hoursSavedPerTeamPerMonth;
  }
  return (
    <InfoCard title="Product">
      <StructuredMetadataTable metadata={metadata} options={asWritten} />
      {spec.links && spec.links.length > 0 && (
        <Typography variant="body2" component="div">
          {spec.links.map((link, index) => (
            <Fragment key={link.url}>
              {index > 0 && ' · '}
              <Link to={link.url}>{link.title}</Link>
            </Fragment>
          ))}
        </Typography>
      )}
    </InfoCard>
  );
};

const TargetsCard = ({ spec }: { spec: PlatformSpec }) => {
  const targets = resolveScorecardTargets(spec.targets);
  const metadata = Object.fromEntries(
    SCORECARD_KPIS.map(kpi => [
      kpi.title,
      `${kpi.direction === 'at-least' ? '≥' : '≤'} ${formatKpiValue(
        kpi.unit,
        targets[kpi.id],
      )}`,
    ]),
  );
  return (
    <InfoCard
      title="Scorecard targets"
      subheader="Defaults unless the platform overrides them in spec.platform.targets"
    >
      <StructuredMetadataTable metadata={metadata} options={asWritten} />
    </InfoCard>
  );
};

/**
 * The "Platform" tab: what a platform product declares about itself.
 *
 * @public
 */
export const EntityPlatformContent = () => {
  const { entity } = useEntity();
  const { platform } = validateMetadata(entity);

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <PlatformMetadataProblems />
      </Grid>
      {platform ? (
        <>
          <Grid item xs={12} md={6}>
            <ProductCard spec={platform} />
          </Grid>
          <Grid item xs={12} md={6}>
            <SupportCard spec={platform} />
          </Grid>
          <Grid item xs={12}>
            <SloCard spec={platform} />
          </Grid>
          <Grid item xs={12} md={6}>
            <TargetsCard spec={platform} />
          </Grid>
        </>
      ) : (
        <Grid item xs={12}>
          <EmptyState
            missing="field"
            title="No valid platform declaration"
            description="This entity has no valid spec.platform block. Fix the problems listed above, or see docs/catalog-model.md for the fields a platform product declares."
          />
        </Grid>
      )}
    </Grid>
  );
};
