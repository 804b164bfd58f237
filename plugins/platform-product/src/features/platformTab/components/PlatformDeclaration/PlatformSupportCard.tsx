import { Typography } from '@material-ui/core';
import { InfoCard, Link } from '@backstage/core-components';
import {
  PlatformSpec,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DeclarationTable } from './DeclarationTable';

/** The support promise (the SLA) a platform declares: channel, hours, response times, availability commitment. */
export const PlatformSupportCard = ({ spec }: { spec: PlatformSpec }) => {
  const support = spec.support;
  if (!support) {
    return (
      <InfoCard title="Support promise">
        <Typography variant="body2">
          No support promise declared. Add <code>spec.platform.support</code>{' '}
          with a channel and response times per priority.
        </Typography>
      </InfoCard>
    );
  }
  const metadata: Record<string, unknown> = {
    Channel: support.url ? (
      <Link to={support.url}>{support.channel}</Link>
    ) : (
      support.channel
    ),
  };
  if (support.hours) {
    metadata.Hours =
      support.hours === '24x7' ? 'Around the clock' : 'Business hours';
  }
  for (const [priority, time] of Object.entries(support.responseTimes ?? {})) {
    metadata[`${priority.toLocaleUpperCase('en-US')} response`] = time;
  }
  if (support.availabilityCommitment !== undefined) {
    metadata['Availability commitment'] = formatPercent(
      support.availabilityCommitment,
    );
  }
  return (
    <InfoCard title="Support promise">
      <DeclarationTable metadata={metadata} />
    </InfoCard>
  );
};
