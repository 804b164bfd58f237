import { ReactNode, useMemo } from 'react';
import {
  Table,
  TableProps,
  Theme,
  ThemeProvider,
  makeStyles,
  useTheme,
} from '@material-ui/core';

/**
 * Backstage's theme gives every MUI table cell `word-break: break-word` and `overflow: hidden`, so
 * a narrow column breaks words at any letter ("Consumer s", "Violati ons", "Hori zon"). Inside a
 * TableFrame, the cells break only between words and headers not at all.
 */
function withWholeWords(theme: Theme): Theme {
  const cell = theme.overrides?.MuiTableCell ?? {};
  return {
    ...theme,
    overrides: {
      ...theme.overrides,
      MuiTableCell: {
        ...cell,
        root: {
          ...cell.root,
          wordBreak: 'normal',
          overflowWrap: 'normal',
          overflow: 'visible',
        },
        head: {
          ...cell.head,
          wordBreak: 'normal',
          overflow: 'visible',
          whiteSpace: 'nowrap',
        },
      },
    },
  };
}

const useStyles = makeStyles({
  /** A table wider than its card scrolls sideways instead of squeezing its columns. */
  frame: { maxWidth: '100%', overflowX: 'auto' },
});

/**
 * Around any table of the suite (a MUI `Table`, Backstage's `Table` or `StructuredMetadataTable`):
 * no word broken in the middle, headers on one line, and sideways scrolling when the table is
 * wider than its card.
 */
export const TableFrame = (props: { children: ReactNode }) => {
  const outer = useTheme<Theme>();
  const theme = useMemo(() => withWholeWords(outer), [outer]);
  const classes = useStyles();
  return (
    <ThemeProvider theme={theme}>
      <div className={classes.frame}>{props.children}</div>
    </ThemeProvider>
  );
};

/** A MUI `Table` in a {@link TableFrame}: the table every list of the suite uses. */
export const ScrollTable = (props: TableProps) => (
  <TableFrame>
    <Table {...props} />
  </TableFrame>
);
