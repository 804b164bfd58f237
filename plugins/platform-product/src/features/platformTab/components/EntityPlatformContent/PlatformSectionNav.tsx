import { Tab, Tabs } from '@material-ui/core';
import { Link } from 'react-router-dom';
import type { PlatformSection } from './platformSections';

/**
 * The navigation between the sections of the Platform tab: one tab each, a link to
 * `?section=<id>`, so that every section is one click away, can be bookmarked and shared, and
 * the browser's Back returns to the previous one.
 */
export const PlatformSectionNav = (props: {
  sections: PlatformSection[];
  current: PlatformSection;
}) => (
  <Tabs
    value={props.current.id}
    variant="scrollable"
    scrollButtons="auto"
    indicatorColor="primary"
    textColor="primary"
    aria-label="Platform sections"
  >
    {props.sections.map(section => (
      <Tab
        key={section.id}
        value={section.id}
        label={section.title}
        component={Link}
        to={`?section=${section.id}`}
      />
    ))}
  </Tabs>
);
