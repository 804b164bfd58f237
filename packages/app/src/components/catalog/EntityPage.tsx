import { EntitySwitch, isKind } from '@backstage/plugin-catalog';
import { apiPage } from './ApiPage';
import { componentPage } from './ComponentPage';
import { defaultEntityPage } from './DefaultEntityPage';
import { domainPage } from './DomainPage';
import { groupPage } from './GroupPage';
import { personaPage } from './PersonaPage';
import { userPage } from './UserPage';
import { systemPage } from './SystemPage';

/** The page of every catalog entity, by its kind; each kind's page has a file of its own. */
export const entityPage = (
  <EntitySwitch>
    <EntitySwitch.Case if={isKind('component')} children={componentPage} />
    <EntitySwitch.Case if={isKind('api')} children={apiPage} />
    <EntitySwitch.Case if={isKind('group')} children={groupPage} />
    <EntitySwitch.Case if={isKind('user')} children={userPage} />
    <EntitySwitch.Case if={isKind('system')} children={systemPage} />
    <EntitySwitch.Case if={isKind('domain')} children={domainPage} />
    <EntitySwitch.Case if={isKind('persona')} children={personaPage} />

    <EntitySwitch.Case>{defaultEntityPage}</EntitySwitch.Case>
  </EntitySwitch>
);
