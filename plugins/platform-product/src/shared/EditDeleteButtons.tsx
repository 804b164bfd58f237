import { IconButton } from '@material-ui/core';
import EditIcon from '@material-ui/icons/Edit';
import DeleteIcon from '@material-ui/icons/Delete';

/**
 * The owners' pencil and bin beside something they may change, e.g. "objective Faster delivery":
 * read out as "Edit objective Faster delivery" and "Delete objective Faster delivery".
 */
export const EditDeleteButtons = (props: {
  label: string;
  onEdit: () => void;
  onDelete: () => void;
}) => (
  <>
    <IconButton
      size="small"
      aria-label={`Edit ${props.label}`}
      onClick={props.onEdit}
    >
      <EditIcon fontSize="small" />
    </IconButton>
    <IconButton
      size="small"
      aria-label={`Delete ${props.label}`}
      onClick={props.onDelete}
    >
      <DeleteIcon fontSize="small" />
    </IconButton>
  </>
);
