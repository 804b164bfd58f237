import { MenuItem, TextField } from '@material-ui/core';
import type {
  Portfolio,
  PortfolioQuery,
} from '@platform-product/backstage-plugin-platform-product-common';

const FIELD = { size: 'small', style: { minWidth: 200 } } as const;

const MultiFilter = (props: {
  id: string;
  label: string;
  value: string[];
  options: Array<{ value: string; label: string }>;
  onChange: (value: string[]) => void;
}) => {
  const labels = new Map(props.options.map(o => [o.value, o.label]));
  return (
    <TextField
      {...FIELD}
      select
      id={props.id}
      label={props.label}
      value={props.value}
      SelectProps={{
        multiple: true,
        renderValue: selected =>
          (selected as string[]).map(v => labels.get(v) ?? v).join(', '),
      }}
      onChange={event => props.onChange(event.target.value as never)}
    >
      {props.options.map(option => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** Today in UTC, YYYY-MM-DD: the latest day the portfolio can be seen as of. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The settings of the portfolio view: categories and owners (several of each), one org, and the
 * day it is as of (between the first snapshot and today). The options come from the facets.
 */
export const PortfolioFilters = (props: {
  query: PortfolioQuery;
  facets: Portfolio['facets'];
  asOf: string;
  earliestDay: string | null;
  onChange: (change: Partial<PortfolioQuery>) => void;
}) => {
  const { query, facets, asOf, earliestDay, onChange } = props;
  return (
    <>
      <MultiFilter
        id="portfolio-filter-category"
        label="Category"
        value={query.category ?? []}
        options={facets.categories.map(c => ({ value: c, label: c }))}
        onChange={category => onChange({ category })}
      />
      <MultiFilter
        id="portfolio-filter-owner"
        label="Owner"
        value={query.owner ?? []}
        options={facets.owners.map(o => ({ value: o.ref, label: o.title }))}
        onChange={owner => onChange({ owner })}
      />
      <TextField
        {...FIELD}
        select
        id="portfolio-filter-org"
        label="Org"
        value={query.org ?? ''}
        onChange={event => onChange({ org: event.target.value || undefined })}
      >
        <MenuItem value="">Whole company</MenuItem>
        {facets.orgs.map(org => (
          <MenuItem key={org.ref} value={org.ref}>
            {org.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...FIELD}
        id="portfolio-as-of"
        label="As of"
        type="date"
        value={query.asOf ?? asOf}
        InputLabelProps={{ shrink: true }}
        inputProps={{ min: earliestDay ?? undefined, max: todayUtc() }}
        onChange={event => onChange({ asOf: event.target.value || undefined })}
      />
    </>
  );
};
