import { Button } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import type { PortfolioQuery } from '@platform-product/backstage-plugin-platform-product-common';
import { downloadText } from '../../../../shared/downloadText';
import { SubmissionErrors, useSubmit } from '../../../../shared/FormDialog';
import { portfolioApiRef } from '../../api';

const TYPES = { csv: 'text/csv', json: 'application/json' } as const;

/**
 * "Export CSV" and "Export JSON": the view on screen, as the backend exports it, saved as
 * `portfolio-<as-of>.csv` or `.json`.
 */
export const PortfolioExportButtons = (props: {
  query: PortfolioQuery;
  asOf: string;
}) => {
  const { query, asOf } = props;
  const api = useApi(portfolioApiRef);
  const submission = useSubmit();
  const download = (format: 'csv' | 'json') =>
    submission.run(async () =>
      downloadText(
        await api.exportPortfolio({ format, query }),
        `portfolio-${asOf}.${format}`,
        TYPES[format],
      ),
    );
  return (
    <>
      <Button
        variant="outlined"
        disabled={submission.busy}
        onClick={() => download('csv')}
      >
        Export CSV
      </Button>
      <Button
        variant="outlined"
        disabled={submission.busy}
        onClick={() => download('json')}
      >
        Export JSON
      </Button>
      <SubmissionErrors submission={submission} />
    </>
  );
};
