import { Typography } from '@material-ui/core';
import { Link } from '@backstage/core-components';
import {
  PlatformSupport,
  SUPPORT_PRIORITIES,
} from '@platform-product/backstage-plugin-platform-product-common';

/** "Support: #deploy-help · P1 in 15m · P2 in 4h · business hours", the channel linked when it has a URL. */
export const PlatformSupportLine = ({
  support,
}: {
  support: PlatformSupport | null;
}) => {
  if (!support) {
    return (
      <Typography variant="body2" color="textSecondary">
        No support promise declared
      </Typography>
    );
  }
  const promises = SUPPORT_PRIORITIES.flatMap(priority => {
    const time = support.responseTimes?.[priority];
    return time ? [`${priority.toLocaleUpperCase('en-US')} in ${time}`] : [];
  });
  if (support.hours) {
    promises.push(
      support.hours === '24x7' ? 'around the clock' : 'business hours',
    );
  }
  return (
    <Typography variant="body2">
      Support:{' '}
      {support.url ? (
        <Link to={support.url}>{support.channel}</Link>
      ) : (
        support.channel
      )}
      {promises.map(promise => ` · ${promise}`).join('')}
    </Typography>
  );
};
