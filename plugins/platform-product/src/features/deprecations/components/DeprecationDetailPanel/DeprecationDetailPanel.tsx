import { useState } from 'react';
import {
  Box,
  Button,
  Chip,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DeprecationDetail,
  DeprecationException,
  deprecationExceptionDecidePermission,
} from '@platform-product/backstage-plugin-platform-product-common';
import { useDeprecationDetail } from '../../hooks';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { DecideExceptionDialog } from './DecideExceptionDialog';
import { exceptionText, sunsetText } from './deprecationText';
import { ExceptionAudit } from './ExceptionAudit';
import { ScrollTable } from '../../../../shared/ScrollTable';
import { lazyLoaded } from '../../../../shared/lazyLoaded';

const DeprecationTrendChart = lazyLoaded(
  () => import('./DeprecationTrendChart').then(m => m.DeprecationTrendChart),
  { height: 160 },
);

const ExceptionsTable = (props: {
  exceptions: DeprecationException[];
  canDecide: boolean;
  onDecide: (
    exception: DeprecationException,
    decision: 'approved' | 'denied',
  ) => void;
}) => {
  const { exceptions, canDecide, onDecide } = props;
  if (exceptions.length === 0) {
    return <Typography variant="body2">No exception was requested.</Typography>;
  }
  return (
    <ScrollTable size="small" aria-label="Exceptions">
      <TableHead>
        <TableRow>
          <TableCell>Consumer</TableCell>
          <TableCell>State</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Audit trail</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {exceptions.map(exception => (
          <TableRow key={exception.id}>
            <TableCell>
              <EntityRefLink entityRef={exception.consumerRef} />
              {!exception.consumerInCatalog && (
                <Typography variant="caption" display="block">
                  no longer a consumer
                </Typography>
              )}
            </TableCell>
            <TableCell>{exceptionText(exception)}</TableCell>
            <TableCell>{exception.reason}</TableCell>
            <TableCell>
              <ExceptionAudit
                deprecationRef={exception.deprecationRef}
                exceptionId={exception.id}
              />
            </TableCell>
            <TableCell>
              {canDecide && exception.state === 'requested' && (
                <>
                  <Button
                    size="small"
                    color="primary"
                    onClick={() => onDecide(exception, 'approved')}
                  >
                    Approve
                  </Button>
                  <Button
                    size="small"
                    onClick={() => onDecide(exception, 'denied')}
                  >
                    Deny
                  </Button>
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
};

const ConsumersByTeam = ({ detail }: { detail: DeprecationDetail }) => (
  <ScrollTable size="small" aria-label="Consumers by team">
    <TableHead>
      <TableRow>
        <TableCell>Team</TableCell>
        <TableCell>Consumer</TableCell>
        <TableCell>Exception</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {detail.byTeam.flatMap(team =>
        team.consumers.map((consumer, i) => (
          <TableRow key={`${team.ownerRef}-${consumer.entityRef}`}>
            <TableCell>
              {i === 0 &&
                (team.ownerRef ? (
                  <EntityRefLink
                    entityRef={team.ownerRef}
                    title={team.title ?? undefined}
                  />
                ) : (
                  'No owner'
                ))}
            </TableCell>
            <TableCell>
              <EntityRefLink
                entityRef={consumer.entityRef}
                title={consumer.title ?? undefined}
              />
              {consumer.inViolation && (
                <Box component="span" ml={1}>
                  <Chip size="small" label="in violation" color="secondary" />
                </Box>
              )}
            </TableCell>
            <TableCell>
              {consumer.exception ? exceptionText(consumer.exception) : '—'}
            </TableCell>
          </TableRow>
        )),
      )}
    </TableBody>
  </ScrollTable>
);

/**
 * One deprecation in full: why, the replacement and guide, the sunset, the burn-down, consumers
 * grouped by team with their exceptions, and every exception with its audit trail. Owners of the
 * deprecated entity may approve or deny requested exceptions.
 */
export const DeprecationDetailPanel = ({
  entityRef,
}: {
  entityRef: string;
}) => {
  const state = useDeprecationDetail(entityRef);
  const { allowed: canDecide } = useEntityPermission(
    deprecationExceptionDecidePermission,
    entityRef,
  );
  const [deciding, setDeciding] = useState<{
    exception: DeprecationException;
    decision: 'approved' | 'denied';
  }>();
  return (
    <AsyncContent state={state}>
      {detail => {
        const { deprecation } = detail;
        return (
          <>
            <InfoCard title={`Deprecation of ${deprecation.title}`}>
              {deprecation.warnings.map(warning => (
                <Alert key={warning} severity="warning">
                  {warning}
                </Alert>
              ))}
              <Typography variant="body2">{deprecation.reason}</Typography>
              <Typography variant="body2">
                Announced {deprecation.announced}.{' '}
                <strong>{sunsetText(deprecation)}</strong>
              </Typography>
              {deprecation.replacedBy && (
                <Typography variant="body2">
                  Replacement:{' '}
                  <EntityRefLink entityRef={deprecation.replacedBy} />
                </Typography>
              )}
              {deprecation.migrationGuide && (
                <Typography variant="body2">
                  <Link to={deprecation.migrationGuide}>Migration guide</Link>
                </Typography>
              )}
              <Typography variant="body2">
                {deprecation.consumers} consumers in {deprecation.consumerTeams}{' '}
                teams; {deprecation.violations} in violation;{' '}
                {deprecation.exceptions.requested} exceptions pending,{' '}
                {deprecation.exceptions.approved} approved
              </Typography>
              <DeprecationTrendChart trend={deprecation.trend} height={160} />
            </InfoCard>
            <Box mt={2}>
              <InfoCard title="Consumers by team">
                <ConsumersByTeam detail={detail} />
              </InfoCard>
            </Box>
            <Box mt={2}>
              <InfoCard title="Exceptions">
                <ExceptionsTable
                  exceptions={detail.exceptionHistory}
                  canDecide={canDecide}
                  onDecide={(exception, decision) =>
                    setDeciding({ exception, decision })
                  }
                />
              </InfoCard>
            </Box>
            {deciding && (
              <DecideExceptionDialog
                exception={deciding.exception}
                decision={deciding.decision}
                onClose={() => setDeciding(undefined)}
                onDecided={() => {
                  setDeciding(undefined);
                  state.retry();
                }}
              />
            )}
          </>
        );
      }}
    </AsyncContent>
  );
};
