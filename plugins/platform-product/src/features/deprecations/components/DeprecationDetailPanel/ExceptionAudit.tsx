import { Typography } from '@material-ui/core';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { useExceptionAudit } from '../../hooks';

/** Who requested and decided an exception, when, and why; oldest first. */
export const ExceptionAudit = (props: {
  deprecationRef: string;
  exceptionId: string;
}) => {
  const { deprecationRef, exceptionId } = props;
  const audit = useExceptionAudit(deprecationRef, exceptionId);
  return (
    <AsyncContent state={audit}>
      {({ items }) => (
        <ul aria-label={`Audit of exception ${exceptionId}`}>
          {items.map(entry => (
            <li key={`${entry.at}-${entry.action}`}>
              <Typography variant="caption">
                {entry.at.slice(0, 16).replace('T', ' ')} UTC — {entry.actor}{' '}
                {entry.action}
                {typeof entry.details.reason === 'string'
                  ? `: ${entry.details.reason}`
                  : ''}
                {typeof entry.details.requestedEnd === 'string'
                  ? ` (until ${entry.details.requestedEnd})`
                  : ''}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </AsyncContent>
  );
};
