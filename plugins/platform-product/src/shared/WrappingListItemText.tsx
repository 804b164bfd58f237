import { ListItemText, ListItemTextProps } from '@material-ui/core';

/**
 * Backstage's theme cuts the text of dense list items at the card's edge (`white-space: nowrap`
 * with an ellipsis): jobs-to-be-done, comments and history entries were cut off. This text wraps
 * between words instead, and breaks a word only when it is longer than the line.
 */
export const WrappingListItemText = (props: ListItemTextProps) => (
  <ListItemText
    {...props}
    style={{
      whiteSpace: 'normal',
      overflow: 'visible',
      overflowWrap: 'break-word',
      ...props.style,
    }}
  />
);
