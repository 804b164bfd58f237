import { ReactNode } from 'react';
import {
  Box,
  Chip,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { Link } from '@backstage/core-components';
import type {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import { isPlatformProductSearchDocument } from '@platform-product/backstage-plugin-platform-product-common';
import { resultChips } from './resultChips';

/**
 * Props of {@link PlatformProductSearchResultListItem}.
 *
 * @public
 */
export interface PlatformProductSearchResultListItemProps {
  result?: SearchDocument;
  highlight?: ResultHighlight;
  rank?: number;
  icon?: ReactNode;
  /** How many lines of the text to show; 3 by default. */
  lineClamp?: number;
}

/** A field of the result, with the search engine's highlight when it has one. */
const Highlighted = (props: {
  field: 'title' | 'text';
  text: string;
  highlight?: ResultHighlight;
}) => {
  const highlighted = props.highlight?.fields[props.field];
  return highlighted ? (
    <HighlightedSearchResultText
      text={highlighted}
      preTag={props.highlight!.preTag}
      postTag={props.highlight!.postTag}
    />
  ) : (
    <>{props.text}</>
  );
};

/**
 * One Platform Product result on the search page: its title (a link to the platform's tab, its
 * roadmap or its announcements), its text with the matched words highlighted, and chips saying
 * what it is, which platform it belongs to and its status, horizon or kind.
 *
 * @public
 */
export const PlatformProductSearchResultListItem = (
  props: PlatformProductSearchResultListItemProps,
) => {
  const { result, highlight, icon, lineClamp = 3 } = props;
  if (!isPlatformProductSearchDocument(result)) return null;
  return (
    <Box display="flex" data-testid="platform-product-search-result">
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <Box flexWrap="wrap" width="100%">
        <ListItemText
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={result.location}>
              <Highlighted
                field="title"
                text={result.title}
                highlight={highlight}
              />
            </Link>
          }
          secondary={
            <Typography
              component="span"
              color="textSecondary"
              variant="body2"
              style={{
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: lineClamp,
                overflow: 'hidden',
              }}
            >
              <Highlighted
                field="text"
                text={result.text}
                highlight={highlight}
              />
            </Typography>
          }
        />
        <Box mb={2}>
          {resultChips(result).map(chip => (
            <Chip key={chip} size="small" label={chip} />
          ))}
        </Box>
      </Box>
    </Box>
  );
};
