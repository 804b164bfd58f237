import {
  Portfolio,
  portfolioCsv,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ApiRouter, RequestContext } from '../../core/http';
import { PortfolioDrillDown } from './PortfolioDrillDown';
import { PortfolioService } from './PortfolioService';
import { PortfolioTrendsService } from './PortfolioTrendsService';
import { viewOf } from './viewOf';

/**
 * The portfolio for leadership: the grid, totals and heat map of a view in one answer, its export,
 * its trends and the heat map's drill-downs.
 *
 * @internal
 */
export function registerPortfolioRoutes(
  router: ApiRouter,
  options: {
    http: RequestContext;
    portfolio: PortfolioService;
    portfolioTrends: PortfolioTrendsService;
    portfolioDrillDown: PortfolioDrillDown;
  },
): void {
  const { http, portfolio, portfolioTrends, portfolioDrillDown } = options;

  router.get('/portfolio', async (req, res) => {
    const credentials = await http.credentialsOf(req);
    const view: Portfolio = await portfolio.getPortfolio(
      viewOf(req.query),
      credentials,
    );
    res.json(view);
  });

  router.get('/portfolio/export', async (req, res) => {
    const credentials = await http.credentialsOf(req);
    const view = await portfolio.getPortfolio(viewOf(req.query), credentials);
    const json = req.query.format === 'json';
    // A download: the body is the file, whose content type the contract lists (CSV or JSON).
    res
      .type(
        json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      )
      .attachment(`portfolio-${view.asOf}.${json ? 'json' : 'csv'}`)
      .send(
        (json ? JSON.stringify(view, null, 2) : portfolioCsv(view)) as never,
      );
  });

  router.get('/portfolio/trends', async (req, res) => {
    const credentials = await http.credentialsOf(req);
    res.json(
      await portfolioTrends.getTrends(
        { ...viewOf(req.query), days: req.query.days },
        credentials,
      ),
    );
  });

  router.get(
    '/portfolio/groups/:kind/:namespace/:name/children',
    async (req, res) => {
      const credentials = await http.credentialsOf(req);
      res.json(
        await portfolioDrillDown.children(
          http.refOf(req.params),
          viewOf(req.query),
          credentials,
        ),
      );
    },
  );

  router.get('/portfolio/cells', async (req, res) => {
    const credentials = await http.credentialsOf(req);
    res.json(
      await portfolioDrillDown.cellTeams(
        {
          platformRef: req.query.platform,
          groupRef: req.query.group,
          status: req.query.status ?? 'adopting',
          asOf: req.query.asOf,
          offset: req.query.offset,
          limit: req.query.limit,
        },
        credentials,
      ),
    );
  });
}
