import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  DataSourceStatus,
  PlatformDataSources,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  platformEntity,
  responseError,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { PlatformDataSourcesPanel } from './PlatformDataSourcesPanel';

const entityRef = 'system:default/deploy-platform';
const owner = ['user:default/guest', 'group:default/team-delivery'];
const notOwner = ['user:default/guest', 'group:default/team-data'];

const pushedGood: DataSourceStatus = {
  feeds: 'slo',
  slo: 'deploy-api-availability',
  sloDisplayName: 'Deploy API availability',
  role: 'good',
  metric: 'deploy_ok',
  mode: 'pushed',
  points: 8641,
  lastPointAt: '2026-12-01T07:00:00.000Z',
  lastAttemptAt: null,
  lastSuccessAt: null,
  problem: null,
  error: null,
};

const pulledTotal: DataSourceStatus = {
  feeds: 'slo',
  slo: 'deploy-api-availability',
  sloDisplayName: 'Deploy API availability',
  role: 'total',
  metric: 'pulled.deploy-api-availability.total',
  mode: 'pulled',
  source: {
    type: 'Prometheus',
    metricSourceRef: 'eu-west',
    query: 'sum(http_requests_total{job="deploy-api"})',
  },
  points: 12345,
  lastPointAt: '2026-12-01T09:55:00.000Z',
  lastAttemptAt: '2026-12-01T09:58:00.000Z',
  lastSuccessAt: '2026-11-30T08:00:00.000Z',
  problem: null,
  error: null,
};

const unreachable =
  'Prometheus at 127.0.0.1:9091 did not answer (connection refused); check that it runs and that platformProduct.prometheus.servers[0].baseUrl is right';

function sourcesOf(
  items: DataSourceStatus[],
  providers: string[] = ['Prometheus'],
): PlatformDataSources {
  return {
    platformRef: entityRef,
    providers,
    pullIntervalMinutes: 5,
    items,
    computedAt: '2026-12-01T10:00:00.000Z',
  };
}

async function renderPanel(
  sources: PlatformDataSources,
  options: {
    ownershipEntityRefs?: string[];
    pullDataSources?: jest.Mock;
  } = {},
) {
  const api = mockPlatformProductApi({
    getDataSources: jest.fn().mockResolvedValue(sources),
    ...(options.pullDataSources && {
      pullDataSources: options.pullDataSources,
    }),
  });
  await renderWithApi(<PlatformDataSourcesPanel entityRef={entityRef} />, {
    entity: platformEntity,
    api,
    ownershipEntityRefs: options.ownershipEntityRefs,
  });
  return api;
}

/** The rows of the table under its header, each as its text. */
async function rowTexts(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: 'Data sources' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => row.textContent ?? '');
}

describe('PlatformDataSourcesPanel', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-01T10:00:00Z'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('shows one row per metric: pushed as such, pulled with its source, server and query', async () => {
    const api = await renderPanel(sourcesOf([pushedGood, pulledTotal]));

    expect(await rowTexts()).toEqual([
      'Deploy API availabilityGood eventsPusheddeploy_ok8,6413 hours ago1 Dec 2026, 07:00 UTCNot pulled',
      'Deploy API availabilityTotal eventsPulled from Prometheus · eu-westsum(http_requests_total{job="deploy-api"})12,3455 minutes ago1 Dec 2026, 09:55 UTCyesterday30 Nov 2026, 08:00 UTCOK',
    ]);
    expect(
      screen.getByText('sum(http_requests_total{job="deploy-api"})').tagName,
    ).toBe('CODE');
    expect(screen.getByText(/pulled every 5 minutes/)).toBeInTheDocument();
    expect(api.getDataSources).toHaveBeenCalledWith({ entityRef });
    // A platform with a provider for its pulled sources needs no hint, nor the "all pushed" words.
    expect(screen.queryByText(/No provider module serves/)).toBeNull();
    expect(
      screen.queryByText(/Every metric of this platform is pushed/),
    ).toBeNull();
  });

  it('shows the well-known metrics beside the SLOs: on the platform, or per consumer service by a label', async () => {
    await renderPanel(
      sourcesOf([
        {
          ...pushedGood,
          feeds: 'kpi',
          slo: undefined,
          sloDisplayName: undefined,
          role: undefined,
          kpiMetric: 'support_tickets',
          scope: 'platform',
          metric: 'support_tickets',
          points: 30,
        },
        {
          ...pulledTotal,
          feeds: 'kpi',
          slo: undefined,
          sloDisplayName: undefined,
          role: undefined,
          kpiMetric: 'deployments',
          scope: 'consumer',
          entityLabel: 'app',
          metric: 'pulled.kpi.deployments',
          source: { type: 'Prometheus', query: 'deployments_total' },
          problem: 'unmapped',
          error:
            '1 series name no consumer service of the platform (app="legacy")',
        },
      ]),
    );
    const rows = await rowTexts();
    expect(rows[0]).toMatch(
      /^Scorecard KPIsSupport ticketson the platformPushedsupport_tickets30/,
    );
    expect(rows[1]).toMatch(
      /^Scorecard KPIsDeploymentsper consumer service, by label appPulled from Prometheusdeployments_total.*Unmapped series$/,
    );
    expect(rows[2]).toBe(
      '1 series name no consumer service of the platform (app="legacy")',
    );
  });

  it('says in words when every metric is pushed, and how to pull one instead', async () => {
    await renderPanel(sourcesOf([pushedGood], []));
    expect(
      await screen.findByText(
        /Every metric of this platform is pushed through the ingest API; declare a/,
      ),
    ).toHaveTextContent(
      'Every metric of this platform is pushed through the ingest API; declare a metricSource on an SLO, or a KPI metric in kpiSources, to pull it from Prometheus.',
    );
    // Nothing is pulled, so no provider is missing.
    expect(screen.queryByText(/No provider module serves/)).toBeNull();
  });

  it('tells how to install the Prometheus module when no provider serves a pulled source', async () => {
    const noProvider =
      'No metric provider serves the type Prometheus; add its backend module, e.g. the Prometheus module, to the backend';
    await renderPanel(
      sourcesOf(
        [
          pulledTotal,
          {
            ...pulledTotal,
            role: 'good',
            problem: 'no-provider',
            error: noProvider,
          },
        ],
        [],
      ),
    );

    const hints = await screen.findAllByText(/No provider module serves/);
    // One hint per type, however many metrics it has.
    expect(hints).toHaveLength(1);
    expect(hints[0]).toHaveTextContent(
      "No provider module serves Prometheus. Add backend.add(import('@platform-product/backstage-plugin-platform-product-backend-module-prometheus')) to your backend and configure platformProduct.prometheus.servers (docs/metric-sources.md).",
    );
    expect(screen.getByText(noProvider)).toBeInTheDocument();
    expect(screen.getByText('No provider')).toBeInTheDocument();
  });

  it("shows a pull's last problem as a label and the backend's message verbatim under its metric", async () => {
    await renderPanel(
      sourcesOf([
        pushedGood,
        { ...pulledTotal, problem: 'unreachable', error: unreachable },
      ]),
    );

    const rows = await rowTexts();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(
      /^Deploy API availabilityTotal events.*Unreachable$/,
    );
    expect(rows[2]).toBe(unreachable);
  });

  it('says a pulled metric was never pulled yet, nor ever pulled successfully', async () => {
    await renderPanel(
      sourcesOf([
        {
          ...pulledTotal,
          source: { type: 'Prometheus' },
          points: 0,
          lastPointAt: null,
          lastAttemptAt: null,
          lastSuccessAt: null,
        },
      ]),
    );
    expect(await rowTexts()).toEqual([
      'Deploy API availabilityTotal eventsPulled from Prometheus0None yetNeverNot pulled yet',
    ]);
  });

  it('lets an owner pull now, disabled while pulling, then shows the answer of the pull', async () => {
    let answer: (sources: PlatformDataSources) => void = () => {};
    const pullDataSources = jest.fn(
      () =>
        new Promise<PlatformDataSources>(resolve => {
          answer = resolve;
        }),
    );
    const api = await renderPanel(
      sourcesOf([
        { ...pulledTotal, problem: 'unreachable', error: unreachable },
      ]),
      { ownershipEntityRefs: owner, pullDataSources },
    );
    expect(await screen.findByText(unreachable)).toBeInTheDocument();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Pull now' }),
    );
    expect(screen.getByRole('button', { name: 'Pulling…' })).toBeDisabled();
    expect(pullDataSources).toHaveBeenCalledWith({ entityRef });

    answer(
      sourcesOf([
        {
          ...pulledTotal,
          points: 12400,
          lastSuccessAt: '2026-12-01T09:59:00.000Z',
        },
      ]),
    );

    expect(
      await screen.findByRole('button', { name: 'Pull now' }),
    ).toBeEnabled();
    const [row] = await rowTexts();
    expect(row).toContain('12,400');
    expect(row).toContain('1 minute ago1 Dec 2026, 09:59 UTCOK');
    expect(screen.queryByText(unreachable)).toBeNull();
    // The answer of the pull is shown as it is: the list is not asked for again.
    expect(api.getDataSources).toHaveBeenCalledTimes(1);
  });

  it("shows the backend's message when it refuses the pull, and keeps the table", async () => {
    const refusal =
      'Only the owners of system:default/deploy-platform may pull its data sources';
    await renderPanel(sourcesOf([pulledTotal]), {
      ownershipEntityRefs: owner,
      pullDataSources: jest
        .fn()
        .mockRejectedValue(await responseError(403, 'Forbidden', refusal)),
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Pull now' }),
    );

    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect((await rowTexts())[0]).toContain('12,345');
    expect(screen.getByRole('button', { name: 'Pull now' })).toBeEnabled();
  });

  it('offers no pull to someone who does not own the platform', async () => {
    await renderPanel(sourcesOf([pulledTotal]), {
      ownershipEntityRefs: notOwner,
    });
    await rowTexts();
    expect(screen.queryByRole('button', { name: 'Pull now' })).toBeNull();
  });

  it("shows the backend's message when the list cannot be read, with a retry", async () => {
    const api = mockPlatformProductApi({
      getDataSources: jest
        .fn()
        .mockRejectedValue(
          await responseError(500, 'Internal Server Error', 'Database is down'),
        ),
    });
    await renderWithApi(<PlatformDataSourcesPanel entityRef={entityRef} />, {
      entity: platformEntity,
      api,
    });
    expect(
      await screen.findByText('Error: Database is down'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
