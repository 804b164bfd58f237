import { useEffect, useState } from 'react';
import {
  Box,
  Chip,
  MenuItem,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@material-ui/core';
import {
  Content,
  Header,
  InfoCard,
  Link,
  Page,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  ROADMAP_CATEGORIES,
  ROADMAP_STATUSES,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { RoadmapFilters } from '../../api';
import { useCrossPlatformRoadmap } from '../../hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import {
  CATEGORY_LABELS,
  HORIZON_LABELS,
  personaName,
} from '../RoadmapBoard/roadmapLabels';
import { ScrollTable } from '../../../../shared/ScrollTable';

/** The personas users filter by; the items name them as refs. */
const PERSONAS = [
  'feature-engineer',
  'frontend-engineer',
  'sre-oncall',
  'data-engineer',
  'support-engineer',
];

const Filter = (props: {
  label: string;
  value: string | undefined;
  options: Array<[string, string]>;
  onChange: (value: string | undefined) => void;
}) => (
  <TextField
    select
    size="small"
    id={`roadmap-filter-${props.label.toLowerCase()}`}
    label={props.label}
    value={props.value ?? ''}
    onChange={event => props.onChange(event.target.value || undefined)}
    style={{ minWidth: 200 }}
  >
    <MenuItem value="">Any</MenuItem>
    {props.options.map(([value, label]) => (
      <MenuItem key={value} value={value}>
        {label}
      </MenuItem>
    ))}
  </TextField>
);

/**
 * What every platform is working on now, next and later, for anyone who wants to know what is
 * coming: filter by platform, persona, investment category and status (dropped items only when
 * asked for).
 *
 * @public
 */
export const RoadmapPage = () => {
  const [filters, setFilters] = useState<RoadmapFilters>({});
  const roadmap = useCrossPlatformRoadmap(filters);
  const [platforms, setPlatforms] = useState<Record<string, string>>({});
  const entityRoute = useRouteRef(entityRouteRef);
  useEffect(() => {
    if (roadmap.value) setPlatforms(roadmap.value.platformTitles);
  }, [roadmap.value]);
  const set = (key: keyof RoadmapFilters) => (value: string | undefined) =>
    setFilters({ ...filters, [key]: value });

  return (
    <Page themeId="tool">
      <Header
        title="Platform roadmaps"
        subtitle="Problems the platform teams are solving now, next and later"
      />
      <Content>
        <Box display="flex" gridGap={16} flexWrap="wrap" mb={2}>
          <Filter
            label="Platform"
            value={filters.platform}
            options={Object.entries(platforms)}
            onChange={set('platform')}
          />
          <Filter
            label="Persona"
            value={filters.persona}
            options={PERSONAS.map(persona => [persona, persona])}
            onChange={set('persona')}
          />
          <Filter
            label="Category"
            value={filters.category}
            options={ROADMAP_CATEGORIES.map(category => [
              category,
              CATEGORY_LABELS[category],
            ])}
            onChange={set('category')}
          />
          <Filter
            label="Status"
            value={filters.status}
            options={ROADMAP_STATUSES.map(status => [status, status])}
            onChange={set('status')}
          />
        </Box>
        <InfoCard title="Roadmap items">
          <AsyncContent state={roadmap}>
            {({ items, platformTitles }) =>
              items.length === 0 ? (
                <Typography variant="body2">
                  No roadmap item matches these filters.
                </Typography>
              ) : (
                <ScrollTable size="small" aria-label="Roadmap items">
                  <TableHead>
                    <TableRow>
                      <TableCell>Horizon</TableCell>
                      <TableCell>Platform</TableCell>
                      <TableCell>Item</TableCell>
                      <TableCell>Status</TableCell>
                      <TableCell>Category</TableCell>
                      <TableCell>Personas</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {items.map(item => (
                      <TableRow key={item.id}>
                        <TableCell>{HORIZON_LABELS[item.horizon]}</TableCell>
                        <TableCell>
                          <Link
                            to={`${entityRoute(
                              entityRouteParams(item.platformRef, {
                                encodeParams: true,
                              }),
                            )}/platform`}
                          >
                            {platformTitles[item.platformRef] ??
                              item.platformRef}
                          </Link>
                        </TableCell>
                        <TableCell>
                          <Typography variant="subtitle2">
                            {item.title}
                          </Typography>
                          <Typography variant="body2" color="textSecondary">
                            {item.problem}
                          </Typography>
                        </TableCell>
                        <TableCell>
                          <Chip size="small" label={item.status} />
                        </TableCell>
                        <TableCell>{CATEGORY_LABELS[item.category]}</TableCell>
                        <TableCell>
                          {item.personas.map(personaName).join(', ')}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </ScrollTable>
              )
            }
          </AsyncContent>
        </InfoCard>
      </Content>
    </Page>
  );
};
