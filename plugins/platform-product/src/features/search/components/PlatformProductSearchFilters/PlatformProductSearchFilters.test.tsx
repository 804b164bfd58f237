import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  MockSearchApi,
  SearchContextProvider,
  searchApiRef,
} from '@backstage/plugin-search-react';
import { PlatformProductSearchFilters } from './PlatformProductSearchFilters';

describe('PlatformProductSearchFilters', () => {
  it('filters the search on what a result is and on a roadmap item’s status', async () => {
    const searchApi = new MockSearchApi({ results: [] });
    const query = jest.spyOn(searchApi, 'query');
    await renderInTestApp(
      <TestApiProvider apis={[[searchApiRef, searchApi]]}>
        <SearchContextProvider>
          <PlatformProductSearchFilters />
        </SearchContextProvider>
      </TestApiProvider>,
    );

    const [type, status] = screen.getAllByTestId('search-selectfilter-next');
    await userEvent.click(within(type).getByRole('button'));
    await userEvent.click(screen.getByRole('option', { name: 'Roadmap item' }));
    await userEvent.click(within(status).getByRole('button'));
    expect(
      screen.getAllByRole('option').map(option => option.textContent),
    ).toEqual(['All', 'exploring', 'committed', 'shipped']);
    await userEvent.click(screen.getByRole('option', { name: 'exploring' }));

    await waitFor(() =>
      expect(query).toHaveBeenLastCalledWith(
        expect.objectContaining({
          filters: { documentKind: 'roadmap-item', status: 'exploring' },
        }),
        expect.anything(),
      ),
    );
  });
});
