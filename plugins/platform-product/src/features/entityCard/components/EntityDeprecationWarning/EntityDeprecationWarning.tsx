import { useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import { Link } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  deprecationExceptionRequestPermission,
  EntityDeprecation,
} from '@platform-product/backstage-plugin-platform-product-common';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import {
  exceptionText,
  sunsetText,
} from '../../../deprecations/components/DeprecationDetailPanel/deprecationText';
import { RequestExceptionDialog } from '../../../deprecations/components/RequestExceptionDialog';
import { useEntityCard } from '../../hooks';

const DeprecationAlert = (props: {
  item: EntityDeprecation;
  canRequest: boolean;
  onChanged: () => void;
}) => {
  const { item, canRequest, onChanged } = props;
  const { deprecation, consumer } = item;
  const [open, setOpen] = useState(false);
  const exception = consumer.exception;
  const mayRequest =
    canRequest &&
    (exception === null ||
      exception.state === 'denied' ||
      exception.state === 'expired');
  return (
    <Box mb={2}>
      <Alert
        severity={consumer.inViolation ? 'error' : 'warning'}
        data-testid="deprecation-warning"
        action={
          mayRequest ? (
            <Button color="inherit" size="small" onClick={() => setOpen(true)}>
              Request exception
            </Button>
          ) : undefined
        }
      >
        <AlertTitle>
          This entity depends on{' '}
          <EntityRefLink
            entityRef={deprecation.entityRef}
            title={deprecation.title}
          />
          , which is deprecated
        </AlertTitle>
        <Typography variant="body2">{deprecation.reason}</Typography>
        <Typography variant="body2">
          <strong>
            {sunsetText(deprecation)}
            {consumer.inViolation ? ' — in violation' : ''}
          </strong>
        </Typography>
        {deprecation.replacedBy && (
          <Typography variant="body2">
            Move to <EntityRefLink entityRef={deprecation.replacedBy} />
            {deprecation.replacementFound === false &&
              ' (replacement not found in the catalog)'}
            {deprecation.migrationGuide && (
              <>
                {' — '}
                <Link to={deprecation.migrationGuide}>migration guide</Link>
              </>
            )}
          </Typography>
        )}
        {!deprecation.replacedBy && deprecation.migrationGuide && (
          <Typography variant="body2">
            <Link to={deprecation.migrationGuide}>Migration guide</Link>
          </Typography>
        )}
        {exception && (
          <Typography variant="body2" data-testid="deprecation-exception">
            {exceptionText(exception)}
          </Typography>
        )}
      </Alert>
      {open && (
        <RequestExceptionDialog
          open={open}
          deprecation={deprecation}
          consumerRef={consumer.entityRef}
          onClose={() => setOpen(false)}
          onRequested={() => {
            setOpen(false);
            onChanged();
          }}
        />
      )}
    </Box>
  );
};

/**
 * A banner on the page of an entity that consumes something deprecated: what is deprecated and why,
 * the replacement and migration guide, the sunset and days left (or how long ago it passed, and
 * that the entity is in violation), and this entity's exception. Its owners may request an
 * exception. Shows nothing for entities that consume nothing deprecated, nor while loading or when
 * the backend cannot answer (the page itself stays usable). It reads the entity's card, so that the
 * banner and the usage card on one page make one request.
 *
 * @public
 */
export const EntityDeprecationWarning = () => {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const card = useEntityCard(entityRef);
  const { allowed } = useEntityPermission(
    deprecationExceptionRequestPermission,
    entityRef,
  );
  if (!card.value || card.value.deprecations.length === 0) {
    return null;
  }
  return (
    <>
      {card.value.deprecations.map(item => (
        <DeprecationAlert
          key={item.deprecation.entityRef}
          item={item}
          canRequest={allowed}
          onChanged={card.retry}
        />
      ))}
    </>
  );
};
