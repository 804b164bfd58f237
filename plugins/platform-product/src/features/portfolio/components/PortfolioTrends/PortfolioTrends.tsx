import {
  Box,
  Grid,
  List,
  ListItem,
  ListItemText,
  Theme,
  Typography,
  useTheme,
} from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  PortfolioMover,
  PortfolioTrends as Trends,
  formatNps,
} from '@platform-product/backstage-plugin-platform-product-common';
import { chartFrame } from '../../../../shared/chartFrame';
import { adoptionSeries, hasImported, importedKey } from '../adoptionSeries';
import { changeText, ratioText } from '../portfolioText';

/** A colour per line, cycling through the theme's. */
function lineColours(theme: Theme): string[] {
  const { palette } = theme;
  return [
    palette.primary.main,
    palette.secondary.main,
    palette.success.main,
    palette.warning.main,
    palette.info.main,
    palette.error.main,
    palette.text.secondary,
  ];
}

const AdoptionChart = ({ adoption }: { adoption: Trends['adoption'] }) => {
  const colours = lineColours(useTheme());
  const lines = adoption.map((platform, index) => ({
    key: `p${index}`,
    title: platform.title,
    colour: colours[index % colours.length],
    points: platform.points,
  }));
  const imported = adoption.some(platform => hasImported(platform.points));
  return (
    <>
      <LineChart
        {...chartFrame('Adoption of every platform over time', 280)}
        data={adoptionSeries(lines)}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" />
        <YAxis domain={[0, 1]} tickFormatter={value => ratioText(value)} />
        <Tooltip
          formatter={value =>
            ratioText(typeof value === 'number' ? value : null)
          }
        />
        <Legend />
        {lines.flatMap(line => [
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.title}
            stroke={line.colour}
            dot={false}
            isAnimationActive={false}
          />,
          <Line
            key={importedKey(line.key)}
            dataKey={importedKey(line.key)}
            name={`${line.title} (imported)`}
            stroke={line.colour}
            strokeDasharray="4 4"
            legendType="none"
            dot={false}
            isAnimationActive={false}
          />,
        ])}
      </LineChart>
      {imported && (
        <Typography variant="caption" color="textSecondary">
          Dashed: figures imported from earlier records, not snapshots taken on
          the day.
        </Typography>
      )}
    </>
  );
};

const NpsChart = ({ nps }: { nps: Trends['nps'] }) => {
  const colours = lineColours(useTheme());
  const byDay = new Map<string, Record<string, string | number | null>>();
  nps.forEach((platform, index) => {
    for (const round of platform.rounds) {
      const row = byDay.get(round.day) ?? { day: round.day };
      row[`p${index}`] = round.value;
      byDay.set(round.day, row);
    }
  });
  const data = [...byDay.values()].sort((a, b) =>
    String(a.day).localeCompare(String(b.day)),
  );
  if (data.length === 0) {
    return <Typography variant="body2">No survey round closed yet.</Typography>;
  }
  return (
    <>
      <LineChart {...chartFrame('NPS by round', 220)} data={data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" />
        <YAxis domain={[-100, 100]} width={48} />
        <Tooltip
          formatter={value =>
            formatNps(typeof value === 'number' ? value : null)
          }
        />
        <Legend />
        {nps.map((platform, index) => (
          <Line
            key={platform.platformRef}
            dataKey={`p${index}`}
            name={platform.title}
            stroke={colours[index % colours.length]}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
      {nps
        .filter(platform => platform.rounds.length > 0)
        .map(platform => (
          <Typography key={platform.platformRef} variant="body2">
            {platform.title}:{' '}
            {platform.rounds
              .map(round => `${formatNps(round.value)} (${round.day})`)
              .join(' · ')}
          </Typography>
        ))}
    </>
  );
};

const MoverList = (props: { title: string; movers: PortfolioMover[] }) => (
  <Box>
    <Typography variant="subtitle2">{props.title}</Typography>
    {props.movers.length === 0 ? (
      <Typography variant="body2" color="textSecondary">
        None.
      </Typography>
    ) : (
      <List dense aria-label={props.title}>
        {props.movers.map(mover => (
          <ListItem key={mover.platformRef} disableGutters>
            <ListItemText
              primary={`${mover.title}: ${changeText(mover.change)}`}
              secondary={`${ratioText(mover.from)} → ${ratioText(mover.to)}`}
            />
          </ListItem>
        ))}
      </List>
    )}
  </Box>
);

/**
 * The portfolio's trends from `from` to `to`: adoption of every platform (imported figures dashed),
 * NPS by round per platform, and the biggest rises and falls of adoption.
 */
export const PortfolioTrends = ({ trends }: { trends: Trends }) => (
  <Grid container spacing={3}>
    <Grid item xs={12} lg={8}>
      <InfoCard
        title="Adoption over time"
        subheader={`${trends.from} to ${trends.to}`}
      >
        {trends.adoption.length === 0 ? (
          <Typography variant="body2">No adoption recorded yet.</Typography>
        ) : (
          <AdoptionChart adoption={trends.adoption} />
        )}
      </InfoCard>
    </Grid>
    <Grid item xs={12} lg={4}>
      <InfoCard title="Movers">
        <MoverList title="Rises" movers={trends.movers.rises} />
        <MoverList title="Falls" movers={trends.movers.falls} />
      </InfoCard>
    </Grid>
    <Grid item xs={12}>
      <InfoCard title="NPS by round">
        <NpsChart nps={trends.nps} />
      </InfoCard>
    </Grid>
  </Grid>
);
