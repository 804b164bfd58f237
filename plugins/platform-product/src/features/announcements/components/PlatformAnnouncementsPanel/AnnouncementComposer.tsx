import { useState } from 'react';
import { Box, MenuItem, TextField } from '@material-ui/core';
import {
  Announcement,
  ANNOUNCEMENT_KINDS,
  AnnouncementInput,
  AnnouncementKind,
  validateAnnouncementInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { FormDialog, useSubmit } from '../../../../shared/FormDialog';
import { KIND_LABELS } from './announcementLabels';

/** A local date-time input value (`YYYY-MM-DDTHH:mm`) from an ISO time, and back. */
function toLocalInput(iso?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 16);
}
function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/**
 * Posts or edits an announcement: kind, title, Markdown body and an optional window. Problems found
 * before sending (a script in the body, a window that ends before it starts) and the backend's
 * refusal are shown above the buttons.
 */
export const AnnouncementComposer = (props: {
  announcement?: Announcement;
  onSave: (input: AnnouncementInput) => Promise<unknown>;
  onClose: () => void;
}) => {
  const { announcement, onSave, onClose } = props;
  const [kind, setKind] = useState<AnnouncementKind>(
    announcement?.kind ?? 'planned-change',
  );
  const [title, setTitle] = useState(announcement?.title ?? '');
  const [body, setBody] = useState(announcement?.body ?? '');
  const [startsAt, setStartsAt] = useState(
    toLocalInput(announcement?.startsAt),
  );
  const [endsAt, setEndsAt] = useState(toLocalInput(announcement?.endsAt));
  const submission = useSubmit();

  const input = (): AnnouncementInput => {
    const start = fromLocalInput(startsAt);
    const end = fromLocalInput(endsAt);
    return {
      kind,
      title,
      body,
      ...(start ? { startsAt: start } : {}),
      ...(end ? { endsAt: end } : {}),
      ...(announcement ? { version: announcement.version } : {}),
    };
  };

  return (
    <FormDialog
      id="announcement-composer"
      title={announcement ? 'Edit announcement' : 'Post announcement'}
      submitLabel={announcement ? 'Save' : 'Post'}
      submission={submission}
      onSubmit={() =>
        submission.run(() => onSave(input()), {
          check: () => validateAnnouncementInput(input()),
        })
      }
      onClose={onClose}
      maxWidth="md"
    >
      <TextField
        id="announcement-kind"
        select
        label="Kind"
        value={kind}
        onChange={e => setKind(e.target.value as AnnouncementKind)}
        fullWidth
        margin="dense"
      >
        {ANNOUNCEMENT_KINDS.map(k => (
          <MenuItem key={k} value={k}>
            {KIND_LABELS[k]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="announcement-title"
        label="Title"
        value={title}
        onChange={e => setTitle(e.target.value)}
        fullWidth
        required
        margin="dense"
      />
      <TextField
        id="announcement-body-markdown-no-html-scripts"
        label="Body (Markdown, no HTML scripts)"
        value={body}
        onChange={e => setBody(e.target.value)}
        fullWidth
        required
        multiline
        minRows={6}
        margin="dense"
      />
      <Box display="flex" gridGap={16}>
        <TextField
          id="announcement-window-starts-optional"
          label="Window starts (optional)"
          type="datetime-local"
          value={startsAt}
          onChange={e => setStartsAt(e.target.value)}
          InputLabelProps={{ shrink: true }}
          margin="dense"
        />
        <TextField
          id="announcement-window-ends-optional"
          label="Window ends (optional)"
          type="datetime-local"
          value={endsAt}
          onChange={e => setEndsAt(e.target.value)}
          InputLabelProps={{ shrink: true }}
          margin="dense"
        />
      </Box>
    </FormDialog>
  );
};
