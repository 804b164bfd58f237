import { platformTitle } from '../../core/catalog/PlatformCatalog';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  addUtcDays,
  adoptionMovers,
  PortfolioQuery,
  PortfolioTrends,
} from '@platform-product/backstage-plugin-platform-product-common';
import { PortfolioFactSource } from '../../ports';
import { PortfolioHistory } from './PortfolioHistory';
import { PortfolioService } from './PortfolioService';

/** The longest trend one request may ask for, in days. */
export const MAX_TREND_DAYS = 730;

/**
 * The portfolio's trends for a view: the adoption of every platform day by day (live and imported
 * figures marked as such), the NPS of each closed survey round, and the movers of the period.
 *
 * @internal
 */
export class PortfolioTrendsService {
  constructor(
    private readonly options: {
      portfolio: PortfolioService;
      history: PortfolioHistory;
      facts: Pick<PortfolioFactSource, 'surveyNps'>;
    },
  ) {}

  async getTrends(
    query: PortfolioQuery & { days?: number },
    credentials: BackstageCredentials,
  ): Promise<PortfolioTrends> {
    const days = query.days ?? 90;
    if (!Number.isInteger(days) || days < 1 || days > MAX_TREND_DAYS) {
      throw new InputError(
        `days must be a whole number from 1 to ${MAX_TREND_DAYS} — got ${days}`,
      );
    }
    const view = await this.options.portfolio.resolveView(query, credentials);
    const from = addUtcDays(view.asOf, -days);
    const to = view.asOf;
    const titled = view.platforms.map(platform => ({
      platformRef: platform.ref,
      title: platformTitle(platform),
    }));
    const series = await this.options.history.adoptionSeries(
      titled.map(p => p.platformRef),
      from,
      to,
    );
    const adoption = titled.map(p => ({
      ...p,
      points: series.get(p.platformRef) ?? [],
    }));
    const nps = [];
    for (const p of titled) {
      const { history } = await this.options.facts.surveyNps(p.platformRef);
      const rounds = history.filter(r => r.day >= from && r.day <= to);
      if (rounds.length > 0) {
        nps.push({ ...p, rounds });
      }
    }
    return { from, to, adoption, nps, movers: adoptionMovers(adoption) };
  }
}
