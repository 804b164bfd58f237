import { useEffect, useRef } from 'react';
import { makeStyles, Theme, Grid, Paper } from '@material-ui/core';

import { CatalogSearchResultListItem } from '@backstage/plugin-catalog';
import { SearchType } from '@backstage/plugin-search';
import {
  SearchBar,
  SearchFilter,
  SearchResult,
  SearchPagination,
  useSearch,
} from '@backstage/plugin-search-react';
import { CatalogIcon, Content, Header, Page } from '@backstage/core-components';
import TimelineIcon from '@material-ui/icons/Timeline';
import {
  PLATFORM_PRODUCT_SEARCH_TYPE,
  PlatformProductSearchFilters,
  PlatformProductSearchResultListItem,
} from '@platform-product/backstage-plugin-platform-product';

const useStyles = makeStyles((theme: Theme) => ({
  bar: {
    padding: theme.spacing(1, 0),
  },
  filters: {
    padding: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
  filter: {
    '& + &': {
      marginTop: theme.spacing(2.5),
    },
  },
}));

/**
 * Each result type has its own filters, and a filter of one type leaves out every result of the
 * others: clear the filters when the type changes (not on the first render, which may come with
 * filters from the URL).
 */
function useFiltersClearedOnTypeChange() {
  const { types, setFilters } = useSearch();
  const typesKey = types.join(',');
  const previous = useRef(typesKey);
  useEffect(() => {
    if (previous.current !== typesKey) {
      previous.current = typesKey;
      setFilters({});
    }
  }, [typesKey, setFilters]);
  return types;
}

const SearchPage = () => {
  const classes = useStyles();
  const types = useFiltersClearedOnTypeChange();
  const platformProduct = types.includes(PLATFORM_PRODUCT_SEARCH_TYPE);

  return (
    <Page themeId="home">
      <Header title="Search" />
      <Content>
        <Grid container direction="row">
          <Grid item xs={12}>
            <Paper className={classes.bar}>
              <SearchBar />
            </Paper>
          </Grid>
          <Grid item xs={3}>
            <SearchType.Accordion
              name="Result type"
              types={[
                {
                  value: 'software-catalog',
                  name: 'Software Catalog',
                  icon: <CatalogIcon />,
                },
                {
                  value: PLATFORM_PRODUCT_SEARCH_TYPE,
                  name: 'Platform Product',
                  icon: <TimelineIcon />,
                },
              ]}
            />
            <Paper className={classes.filters}>
              {platformProduct ? (
                <PlatformProductSearchFilters className={classes.filter} />
              ) : (
                <>
                  <SearchFilter.Select
                    className={classes.filter}
                    label="Kind"
                    name="kind"
                    values={[
                      'Component',
                      'System',
                      'API',
                      'Resource',
                      'Persona',
                    ]}
                  />
                  <SearchFilter.Checkbox
                    className={classes.filter}
                    label="Lifecycle"
                    name="lifecycle"
                    values={['experimental', 'production', 'deprecated']}
                  />
                </>
              )}
            </Paper>
          </Grid>
          <Grid item xs={9}>
            <SearchPagination />
            <SearchResult>
              <PlatformProductSearchResultListItem icon={<TimelineIcon />} />
              <CatalogSearchResultListItem icon={<CatalogIcon />} />
            </SearchResult>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
};

export const searchPage = <SearchPage />;
