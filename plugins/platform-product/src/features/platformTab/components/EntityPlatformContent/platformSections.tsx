import { ReactNode } from 'react';
import { Grid } from '@material-ui/core';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { PlatformSpec } from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformAdoptionPanel } from '../../../adoption/components/PlatformAdoptionPanel';
import { PlatformAnnouncementsPanel } from '../../../announcements/components/PlatformAnnouncementsPanel';
import { PlatformDataSourcesPanel } from '../../../dataSources/components/PlatformDataSourcesPanel';
import { PlatformDeprecationsPanel } from '../../../deprecations/components/PlatformDeprecationsPanel';
import { PlatformObjectivesPanel } from '../../../objectives/components/PlatformObjectivesPanel';
import { RoadmapBoard } from '../../../roadmap/components/RoadmapBoard';
import { EntityPlatformScorecardCard } from '../../../scorecards/components/EntityPlatformScorecardCard';
import { PlatformSloPanel } from '../../../slos/components/PlatformSloPanel';
import { PlatformCustomerVoice } from '../../../surveys/components/PlatformCustomerVoice';
import {
  PlatformProductCard,
  PlatformSloDefinitionsCard,
  PlatformSupportCard,
  PlatformTargetsCard,
} from '../PlatformDeclaration';

/** What a section of the tab is rendered from. */
interface SectionProps {
  entity: Entity;
  entityRef: string;
  spec: PlatformSpec;
}

/** One section of the Platform tab: its id in the URL (`?section=`), its title and its content. */
export interface PlatformSection {
  id: string;
  title: string;
  render: (props: SectionProps) => ReactNode;
}

const wide = (content: ReactNode) => (
  <Grid item xs={12}>
    {content}
  </Grid>
);
const half = (content: ReactNode) => (
  <Grid item xs={12} md={6}>
    {content}
  </Grid>
);

/**
 * The sections of the Platform tab, in the order of its navigation; the first is shown when the
 * URL names none. Each declaration card sits with what it declares: the product and the scorecard
 * targets with the scorecard, the SLO definitions and the support promise with reliability.
 */
export const PLATFORM_SECTIONS: PlatformSection[] = [
  {
    id: 'scorecard',
    title: 'Scorecard',
    render: ({ spec }) => (
      <>
        {wide(<EntityPlatformScorecardCard />)}
        {half(<PlatformProductCard spec={spec} />)}
        {half(<PlatformTargetsCard spec={spec} />)}
      </>
    ),
  },
  {
    id: 'reliability',
    title: 'Reliability',
    render: ({ entityRef, spec }) => (
      <>
        {wide(<PlatformSloPanel entityRef={entityRef} />)}
        {wide(<PlatformSloDefinitionsCard spec={spec} />)}
        {half(<PlatformSupportCard spec={spec} />)}
      </>
    ),
  },
  {
    id: 'data-sources',
    title: 'Data sources',
    render: ({ entityRef }) =>
      wide(<PlatformDataSourcesPanel entityRef={entityRef} />),
  },
  {
    id: 'adoption',
    title: 'Adoption',
    render: ({ entityRef }) =>
      wide(<PlatformAdoptionPanel entityRef={entityRef} />),
  },
  {
    id: 'voice',
    title: 'Voice',
    render: ({ entity, spec }) =>
      wide(<PlatformCustomerVoice entity={entity} spec={spec} />),
  },
  {
    id: 'roadmap',
    title: 'Roadmap & objectives',
    render: ({ entityRef, spec }) => (
      <>
        {wide(<RoadmapBoard entityRef={entityRef} />)}
        {wide(
          <PlatformObjectivesPanel
            entityRef={entityRef}
            sloNames={(spec.slos ?? []).map(slo => slo.name)}
          />,
        )}
      </>
    ),
  },
  {
    id: 'announcements',
    title: 'Announcements',
    render: ({ entityRef }) =>
      wide(<PlatformAnnouncementsPanel entityRef={entityRef} />),
  },
  {
    id: 'deprecations',
    title: 'Deprecations',
    render: ({ entity }) => wide(<PlatformDeprecationsPanel entity={entity} />),
  },
];

/** The section the URL names (`?section=reliability`), or the first. */
export function sectionOf(id: string | null): PlatformSection {
  return (
    PLATFORM_SECTIONS.find(section => section.id === id) ?? PLATFORM_SECTIONS[0]
  );
}

/** The props every section renders from. */
export function sectionProps(entity: Entity, spec: PlatformSpec): SectionProps {
  return { entity, entityRef: stringifyEntityRef(entity), spec };
}
