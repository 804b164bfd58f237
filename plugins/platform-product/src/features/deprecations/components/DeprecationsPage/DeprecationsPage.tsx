import { Routes, Route, useParams } from 'react-router-dom';
import {
  Content,
  Header,
  InfoCard,
  Link,
  Page,
} from '@backstage/core-components';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useDeprecationList } from '../../hooks';
import { deprecationRouteRef, deprecationsRouteRef } from '../../../../routes';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { DeprecationDetailPanel } from '../DeprecationDetailPanel';
import { DeprecationTable } from '../DeprecationTable';

const DeprecationList = () => {
  const list = useDeprecationList();
  const detailLink = useRouteRef(deprecationRouteRef);
  return (
    <InfoCard title="Active deprecations">
      <AsyncContent state={list}>
        {value => (
          <DeprecationTable
            items={value.items}
            linkOf={item => detailLink(parseEntityRef(item.entityRef))}
            empty="Nothing in the catalog is deprecated. Declare a deprecation with spec.deprecation on the entity that is going away."
          />
        )}
      </AsyncContent>
    </InfoCard>
  );
};

const DeprecationRoute = () => {
  const { kind = '', namespace = '', name = '' } = useParams();
  const back = useRouteRef(deprecationsRouteRef);
  return (
    <>
      <Link to={back()}>← All deprecations</Link>
      <DeprecationDetailPanel
        entityRef={stringifyEntityRef({ kind, namespace, name })}
      />
    </>
  );
};

/**
 * The deprecations page: every active deprecation across the catalog with consumers remaining, its
 * burn-down, violations and exceptions; each drills down to its consumers grouped by team, the
 * exceptions (approve or deny them when you own the deprecated entity) and their audit trail.
 *
 * @public
 */
export const DeprecationsPage = () => (
  <Page themeId="tool">
    <Header
      title="Deprecations"
      subtitle="What is going away, who still depends on it, and by when"
    />
    <Content>
      <Routes>
        <Route path="/" element={<DeprecationList />} />
        <Route path="/:kind/:namespace/:name" element={<DeprecationRoute />} />
      </Routes>
    </Content>
  </Page>
);
