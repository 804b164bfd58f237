import { Box } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import {
  Entity,
  RELATION_HAS_PART,
  RELATION_PROVIDES_API,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useSearchParams } from 'react-router-dom';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { useDeprecationList } from '../../hooks';
import { DeprecationDetailPanel } from '../DeprecationDetailPanel';
import { DeprecationTable } from '../DeprecationTable';

/** The query parameter that names the deprecation shown in full. */
const SELECTED = 'deprecation';

/** One spelling of a ref, to compare refs however they are written. */
const normalized = (ref: string) => stringifyEntityRef(parseEntityRef(ref));

/**
 * The platform and its parts: what it `hasPart` (a System's components, APIs and resources) and
 * the APIs it provides, as the catalog relates them to the platform entity. Parts of parts are
 * not followed.
 */
function platformAndParts(entity: Entity): Set<string> {
  return new Set([
    normalized(stringifyEntityRef(entity)),
    ...(entity.relations ?? [])
      .filter(
        relation =>
          relation.type === RELATION_HAS_PART ||
          relation.type === RELATION_PROVIDES_API,
      )
      .map(relation => normalized(relation.targetRef)),
  ]);
}

/**
 * The deprecations of a platform or of its parts, on its Platform tab: each with its consumers
 * remaining, trend, violations and exceptions, and one of them in full (the one the link
 * `?deprecation=<ref>` names, or the first): consumers by team and exceptions, which the owners
 * of the deprecated entity approve or deny here.
 */
export const PlatformDeprecationsPanel = (props: { entity: Entity }) => {
  const list = useDeprecationList();
  const [searchParams] = useSearchParams();
  const parts = platformAndParts(props.entity);
  return (
    <AsyncContent state={list}>
      {({ items }) => {
        const own = items.filter(item => parts.has(normalized(item.entityRef)));
        const selected =
          own.find(item => item.entityRef === searchParams.get(SELECTED)) ??
          own[0];
        return (
          <>
            <InfoCard
              title="Deprecations"
              subheader="What this platform, or a part of it, is retiring — and who still depends on it"
            >
              <DeprecationTable
                items={own}
                linkOf={item => {
                  const params = new URLSearchParams(searchParams);
                  params.set(SELECTED, item.entityRef);
                  return `?${params}`;
                }}
                empty="Nothing of this platform is deprecated. Declare spec.deprecation on the platform, or on the part of it that is going away, to announce it and follow its consumers here."
              />
            </InfoCard>
            {selected && (
              <Box mt={2}>
                <DeprecationDetailPanel entityRef={selected.entityRef} />
              </Box>
            )}
          </>
        );
      }}
    </AsyncContent>
  );
};
