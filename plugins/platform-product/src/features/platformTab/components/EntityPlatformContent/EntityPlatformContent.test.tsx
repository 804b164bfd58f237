import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import {
  adoptionReport,
  mockPlatformProductApi,
  platformEntity,
  responseError,
  scorecard,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import {
  detailOf,
  dockerRuntime,
  exceptionOf,
} from '../../../deprecations/components/DeprecationDetailPanel/deprecationFixtures';
import { EntityPlatformContent } from './EntityPlatformContent';

// The tab renders every section (charts included) in jsdom: give it more than the default 5 s.
jest.setTimeout(60_000);

const platform = (spec: Record<string, unknown>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'deploy-platform', namespace: 'default' },
  spec: { owner: 'team-delivery', ...spec },
});

/** Opens a section of the tab as a user does: one click on its tab. */
const openSection = (name: string) =>
  userEvent.click(screen.getByRole('tab', { name }));

/** A backend with nothing measured yet, so that only the declaration shows numbers. */
const quietApi = () =>
  mockPlatformProductApi({
    getScorecard: jest.fn().mockResolvedValue({ ...scorecard, kpis: [] }),
    getSlos: jest.fn().mockResolvedValue({
      entityRef: 'system:default/deploy-platform',
      health: 'no-data',
      items: [],
    }),
  });

describe('EntityPlatformContent', () => {
  describe('what the platform declares', () => {
    it('shows the declared SLOs with their error budget, the support promise and the targets', async () => {
      await renderWithApi(<EntityPlatformContent />, {
        entity: platform({
          platform: {
            category: 'deployment',
            personas: ['feature-engineer'],
            slos: [
              {
                name: 'deploy-api-availability',
                displayName: 'Deploy API availability',
                indicator: {
                  ratioMetric: {
                    good: { metric: 'deploy_ok' },
                    total: { metric: 'deploy_all' },
                  },
                },
                timeWindow: [{ duration: '30d', isRolling: true }],
                budgetingMethod: 'Occurrences',
                objectives: [{ target: 0.999 }],
              },
            ],
            support: {
              channel: '#deploy-help',
              responseTimes: { p1: '15m' },
              availabilityCommitment: 0.995,
            },
            targets: { adoption: 0.8 },
          },
        }),
        api: quietApi(),
      });

      // The product and its targets sit with the scorecard.
      expect(
        // Linked from the product card and from "Personas served".
        (await screen.findAllByRole('link', { name: /feature-engineer/i }))[0],
      ).toHaveAttribute('href', '/catalog/default/persona/feature-engineer');
      // The platform's own adoption target replaces the default 70 %.
      expect(screen.getByText('≥ 80 %')).toBeInTheDocument();
      expect(screen.getByText('≥ +30')).toBeInTheDocument();

      // The SLO definitions and the support promise sit with reliability.
      await openSection('Reliability');
      const definitions = await screen.findByText('SLO definitions');
      expect(definitions).toBeInTheDocument();
      expect(screen.getByText('Deploy API availability')).toBeInTheDocument();
      expect(screen.getByText('99.9 %')).toBeInTheDocument();
      expect(
        screen.getByText(/43\.2 min of full downtime per 30d/),
      ).toBeInTheDocument();
      expect(screen.getByText('#deploy-help')).toBeInTheDocument();
      expect(screen.getByText('P1 response')).toBeInTheDocument();
      expect(screen.getByText('15m')).toBeInTheDocument();
      expect(screen.getByText('99.5 %')).toBeInTheDocument();
    });

    it('tells the platform team to declare SLOs and a support promise when there are none', async () => {
      await renderWithApi(<EntityPlatformContent />, {
        entity: platform({
          platform: { category: 'logging', personas: ['sre'] },
        }),
        api: quietApi(),
      });
      await openSection('Reliability');
      expect(
        screen.getByText(/This platform declares no SLOs/),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/No support promise declared/),
      ).toBeInTheDocument();
      expect(await screen.findByText(/No SLO to measure/)).toBeInTheDocument();
    });

    it('lists every problem of an invalid declaration and asks the backend for nothing', async () => {
      const api = quietApi();
      await renderWithApi(<EntityPlatformContent />, {
        entity: platform({
          platform: {
            category: 'deploy',
            personas: ['feature-engineer'],
            support: { channel: '#help', availabilityCommitment: 99.5 },
          },
        }),
        api,
      });
      expect(
        screen.getByText(/platform metadata has 2 problems/),
      ).toBeInTheDocument();
      expect(
        screen.getByText(
          'spec.platform.support.availabilityCommitment must be a number in [0, 1) — got 99.5; write 0.995',
        ),
      ).toBeInTheDocument();
      expect(
        screen.getByText('No valid platform declaration'),
      ).toBeInTheDocument();
      expect(api.getScorecard).not.toHaveBeenCalled();
      expect(api.getSlos).not.toHaveBeenCalled();
      expect(api.getAdoption).not.toHaveBeenCalled();
    });
  });

  describe('how the platform is doing', () => {
    it('shows the scorecard', async () => {
      await renderWithApi(<EntityPlatformContent />, {
        entity: platformEntity,
        api: mockPlatformProductApi(),
      });
      const table = await screen.findByRole('table', { name: 'Scorecard' });
      expect(
        within(table).getByText('Mean time to restore'),
      ).toBeInTheDocument();
    });

    it('shows each SLO: attainment, budget left, what is still allowed and its burn-rate alerts', async () => {
      await renderWithApi(<EntityPlatformContent />, {
        entity: platformEntity,
        api: mockPlatformProductApi(),
      });
      await openSection('Reliability');

      const slo = within(
        await screen.findByRole('region', { name: 'Deploy API availability' }),
      );
      expect(slo.getByText('Deploy requests that succeed')).toBeInTheDocument();
      expect(slo.getByText('99.91 %')).toBeInTheDocument();
      expect(slo.getByText('(target 99.9 %, rolling 30d)')).toBeInTheDocument();
      expect(slo.getByText('At risk')).toBeInTheDocument();
      expect(slo.getByText('Paging')).toBeInTheDocument();
      expect(
        slo.getByRole('progressbar', { name: '12 % of error budget left' }),
      ).toHaveAttribute('aria-valuenow', '12');
      expect(
        slo.getByText(
          '5.18 min of full downtime or 120 bad events still allowed',
        ),
      ).toBeInTheDocument();

      const burnRates = within(
        slo.getByRole('table', {
          name: 'Burn rates of Deploy API availability',
        }),
      );
      const [, page, ticket] = burnRates.getAllByRole('row');
      expect(page).toHaveTextContent(
        /^Page1h \/ 5m14\.4×15\.2× \/ 16×2 %Firing$/,
      );
      expect(ticket).toHaveTextContent(
        /^Ticket3d \/ 6h1×no data \/ 0\.4×10 %No data$/,
      );
    });

    it('shows adoption: share of teams, stage, capacity, trend, breakdowns and which teams adopt', async () => {
      await renderWithApi(<EntityPlatformContent />, {
        entity: platformEntity,
        api: mockPlatformProductApi(),
      });
      await openSection('Adoption');

      const figure = (name: string) => screen.findByRole('group', { name });
      expect(await figure('Teams adopting')).toHaveTextContent(
        'Teams adopting35 %7 of 20 teams',
      );
      expect(await figure('Stage')).toHaveTextContent(
        "StageEarly majorityon Rogers' adoption curve",
      );
      expect(await figure('Services using it')).toHaveTextContent(
        'Services using it30 %12 of 40 services',
      );
      expect(await figure('Capacity unlocked')).toHaveTextContent(
        'Capacity unlocked42 ha month, across adopting teams',
      );
      // The chart is loaded lazily (its own chunk): wait for it (see setupTests.ts).
      expect(
        await screen.findByRole('application', { name: 'Adoption over time' }),
      ).toBeInTheDocument();
      expect(
        screen.getByText(
          'From 25 % of teams (5 of 20) on 2025-03-01 to 35 % (7 of 20) on 2025-03-02.',
        ),
      ).toBeInTheDocument();

      const byPersona = within(
        screen.getByRole('table', { name: 'Adoption by persona' }),
      );
      expect(
        byPersona.getByRole('row', { name: /Feature engineer/ }),
      ).toHaveTextContent('6 of 1250 %Late majority');
      expect(
        byPersona.getByRole('row', { name: /data-scientist/ }),
      ).toHaveTextContent('(not in the catalog)');
      const byOrg = within(
        screen.getByRole('table', { name: 'Adoption by org' }),
      );
      expect(byOrg.getByRole('link', { name: 'Engineering' })).toHaveAttribute(
        'href',
        '/catalog/default/group/engineering',
      );
      expect(byOrg.getByText('38.9 %')).toBeInTheDocument();

      expect(screen.getByText('Adopting teams (2)')).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'team-payments' }),
      ).toHaveAttribute('href', '/catalog/default/group/team-payments');
      expect(
        screen.getByText('Teams not adopting yet (1)'),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'team-data' }),
      ).toBeInTheDocument();
    });

    it('lets an owner refresh adoption and shows the fresh numbers', async () => {
      const api = mockPlatformProductApi({
        refreshAdoption: jest.fn().mockResolvedValue({
          ...adoptionReport,
          teams: { ...adoptionReport.teams, adopting: 8, ratio: 0.4 },
          computedAt: '2025-03-03T09:30:00.000Z',
        }),
      });
      await renderWithApi(<EntityPlatformContent />, {
        entity: platformEntity,
        api,
        ownershipEntityRefs: [
          'user:default/guest',
          'group:default/team-delivery',
        ],
      });
      await openSection('Adoption');
      expect(await screen.findByText('7 of 20 teams')).toBeInTheDocument();

      await userEvent.click(
        await screen.findByRole('button', { name: 'Refresh adoption now' }),
      );

      expect(await screen.findByText('8 of 20 teams')).toBeInTheDocument();
      expect(
        screen.getByText(/Computed 3 Mar 2025, 09:30 UTC/),
      ).toBeInTheDocument();
      expect(api.refreshAdoption).toHaveBeenCalledWith({
        entityRef: 'system:default/deploy-platform',
      });
    });

    it("shows the backend's message when it refuses the refresh", async () => {
      const api = mockPlatformProductApi({
        refreshAdoption: jest
          .fn()
          .mockRejectedValue(
            await responseError(
              403,
              'Forbidden',
              'Only the owners of system:default/deploy-platform may refresh its adoption',
            ),
          ),
      });
      await renderWithApi(<EntityPlatformContent />, {
        entity: platformEntity,
        api,
        ownershipEntityRefs: ['group:default/team-delivery'],
      });
      await openSection('Adoption');
      await screen.findByText('7 of 20 teams');

      await userEvent.click(
        await screen.findByRole('button', { name: 'Refresh adoption now' }),
      );

      expect(
        await screen.findByText(
          'Only the owners of system:default/deploy-platform may refresh its adoption',
        ),
      ).toBeInTheDocument();
      expect(screen.getByText('7 of 20 teams')).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Refresh adoption now' }),
      ).toBeEnabled();
    });

    it('offers no refresh to someone who does not own the platform', async () => {
      await renderWithApi(<EntityPlatformContent />, {
        entity: platformEntity,
        api: mockPlatformProductApi(),
        ownershipEntityRefs: ['user:default/guest', 'group:default/team-data'],
      });
      await openSection('Adoption');
      await screen.findByText('7 of 20 teams');
      expect(
        screen.queryByRole('button', { name: 'Refresh adoption now' }),
      ).not.toBeInTheDocument();
    });

    it('keeps the declaration visible when the backend fails, with its message', async () => {
      await renderWithApi(<EntityPlatformContent />, {
        entity: platformEntity,
        api: mockPlatformProductApi({
          getAdoption: jest
            .fn()
            .mockRejectedValue(
              await responseError(
                500,
                'Internal Server Error',
                'Database is down',
              ),
            ),
        }),
      });
      expect(screen.getByText('Scorecard targets')).toBeInTheDocument();
      await openSection('Adoption');
      expect(
        await screen.findByText('Error: Database is down'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    });
  });
});

describe('the sections of the Platform tab', () => {
  it('opens the section its link names, and reaches every other one in one click', async () => {
    const api = mockPlatformProductApi();
    await renderWithApi(<EntityPlatformContent />, {
      entity: platformEntity,
      api,
      route: '/?section=reliability',
    });

    const nav = within(
      screen.getByRole('tablist', { name: 'Platform sections' }),
    );
    expect(nav.getAllByRole('tab').map(tab => tab.textContent)).toEqual([
      'Scorecard',
      'Reliability',
      'Data sources',
      'Adoption',
      'Voice',
      'Roadmap & objectives',
      'Announcements',
      'Deprecations',
    ]);
    expect(nav.getByRole('tab', { name: 'Reliability' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(nav.getByRole('tab', { name: 'Adoption' })).toHaveAttribute(
      'href',
      '/?section=adoption',
    );
    expect(
      await screen.findByRole('region', { name: 'Deploy API availability' }),
    ).toBeInTheDocument();
    // Only the section on screen asks the backend for its numbers.
    expect(api.getScorecard).not.toHaveBeenCalled();
    expect(api.getAdoption).not.toHaveBeenCalled();

    await userEvent.click(nav.getByRole('tab', { name: 'Adoption' }));
    expect(nav.getByRole('tab', { name: 'Adoption' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByText('7 of 20 teams')).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Deploy API availability' }),
    ).not.toBeInTheDocument();
  });

  it('shows the scorecard when the link names no section, or one that does not exist', async () => {
    await renderWithApi(<EntityPlatformContent />, {
      entity: platformEntity,
      api: mockPlatformProductApi(),
      route: '/?section=nonsense',
    });
    expect(screen.getByRole('tab', { name: 'Scorecard' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByRole('table', { name: 'Scorecard' }),
    ).toBeInTheDocument();
  });

  it("opens Data sources from its link and asks the backend for the platform's sources only there", async () => {
    const api = mockPlatformProductApi();
    await renderWithApi(<EntityPlatformContent />, {
      entity: platformEntity,
      api,
      route: '/?section=data-sources',
    });
    expect(screen.getByRole('tab', { name: 'Data sources' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByText(/No SLO metric to source/),
    ).toBeInTheDocument();
    expect(api.getDataSources).toHaveBeenCalledWith({
      entityRef: 'system:default/deploy-platform',
    });
    expect(api.getSlos).not.toHaveBeenCalled();
  });

  it('lists the deprecations of the platform and of its parts, not the others, and shows one in full', async () => {
    const api = mockPlatformProductApi({
      listDeprecations: jest.fn().mockResolvedValue({
        items: [
          dockerRuntime,
          {
            ...dockerRuntime,
            entityRef: 'api:default/legacy-search',
            title: 'Legacy search API',
          },
        ],
      }),
      getDeprecation: jest.fn().mockResolvedValue(detailOf(exceptionOf())),
    });
    await renderWithApi(<EntityPlatformContent />, {
      entity: {
        ...platformEntity,
        relations: [
          ...(platformEntity.relations ?? []),
          { type: 'hasPart', targetRef: 'resource:default/docker-runtime' },
        ],
      },
      api,
      route: '/?section=deprecations',
    });

    const table = await screen.findByRole('table', { name: 'Deprecations' });
    expect(
      within(table).getByRole('link', {
        name: 'Docker container runtime (deprecated)',
      }),
    ).toHaveAttribute(
      'href',
      '/?section=deprecations&deprecation=resource%3Adefault%2Fdocker-runtime',
    );
    expect(within(table).queryByText('Legacy search API')).toBeNull();
    expect(
      await screen.findByRole('table', { name: 'Consumers by team' }),
    ).toBeInTheDocument();
    expect(api.getDeprecation).toHaveBeenCalledWith({
      entityRef: 'resource:default/docker-runtime',
    });
  });

  it('says so when nothing of the platform is deprecated', async () => {
    await renderWithApi(<EntityPlatformContent />, {
      entity: platformEntity,
      api: mockPlatformProductApi({
        listDeprecations: jest
          .fn()
          .mockResolvedValue({ items: [dockerRuntime] }),
      }),
      route: '/?section=deprecations',
    });
    expect(
      await screen.findByText(/Nothing of this platform is deprecated/),
    ).toBeInTheDocument();
  });
});
