import { screen } from '@testing-library/react';
import { TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import { renderInTestApp } from '@backstage/test-utils';
import { ScrollTable } from './ScrollTable';

describe('ScrollTable', () => {
  it('keeps headers on one line, breaks cells only between words, and scrolls sideways', async () => {
    await renderInTestApp(
      <ScrollTable aria-label="Deprecations">
        <TableHead>
          <TableRow>
            <TableCell>Consumers</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell>Deployment Platform</TableCell>
          </TableRow>
        </TableBody>
      </ScrollTable>,
    );
    const header = getComputedStyle(screen.getByText('Consumers'));
    expect(header.whiteSpace).toBe('nowrap');
    expect(header.wordBreak).toBe('normal');
    const cell = getComputedStyle(screen.getByText('Deployment Platform'));
    expect(cell.wordBreak).toBe('normal');
    expect(cell.overflowWrap).toBe('normal');
    expect(
      getComputedStyle(screen.getByRole('table').parentElement!).overflowX,
    ).toBe('auto');
  });
});
