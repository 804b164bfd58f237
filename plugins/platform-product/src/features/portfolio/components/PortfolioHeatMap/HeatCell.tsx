import {
  ButtonBase,
  TableCell,
  Typography,
  fade,
  makeStyles,
  useTheme,
} from '@material-ui/core';
import type { PortfolioHeatCell } from '@platform-product/backstage-plugin-platform-product-common';
import { NO_DATA, countsText, ratioText } from '../portfolioText';

const useStyles = makeStyles(theme => ({
  cell: { padding: 2 },
  button: {
    display: 'block',
    width: '100%',
    minWidth: 72,
    padding: theme.spacing(0.5, 1),
    borderRadius: theme.shape.borderRadius,
    textAlign: 'center',
    color: theme.palette.text.primary,
  },
}));

/**
 * One cell of the heat map: the share AND "4 of 5" as text, the background tinted by the share
 * (darker is more adoption), so the colour is never the only carrier of the figure. A click opens
 * the teams behind it.
 */
export const HeatCell = (props: {
  cell: PortfolioHeatCell | null;
  /** "Deploy platform in Payments", for the button's name. */
  label: string;
  onOpen: () => void;
}) => {
  const { cell, label, onOpen } = props;
  const classes = useStyles();
  const theme = useTheme();
  if (!cell || cell.ratio === null) {
    return (
      <TableCell align="center" className={classes.cell}>
        <Typography variant="caption" color="textSecondary">
          {NO_DATA}
        </Typography>
      </TableCell>
    );
  }
  const share = ratioText(cell.ratio);
  const counts = countsText(cell);
  return (
    <TableCell align="center" className={classes.cell}>
      <ButtonBase
        className={classes.button}
        style={{
          backgroundColor: fade(
            theme.palette.success.main,
            0.08 + cell.ratio * 0.5,
          ),
        }}
        aria-label={`${label}: ${share}, ${counts} teams adopt. Show the teams`}
        onClick={onOpen}
      >
        <Typography variant="body2" component="span" display="block">
          {share}
        </Typography>
        <Typography variant="caption" component="span" display="block">
          {counts}
        </Typography>
      </ButtonBase>
    </TableCell>
  );
};
