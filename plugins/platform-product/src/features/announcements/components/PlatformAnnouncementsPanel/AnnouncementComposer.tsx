import { useState } from 'react';
import { Box } from '@material-ui/core';
import {
  Announcement,
  ANNOUNCEMENT_KINDS,
  AnnouncementInput,
  AnnouncementKind,
  validateAnnouncementInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  SaveDialog,
  SelectInput,
  TextInput,
} from '../../../../shared/FormDialog';
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
    <SaveDialog
      id="announcement-composer"
      title={announcement ? 'Edit announcement' : 'Post announcement'}
      submitLabel={announcement ? 'Save' : 'Post'}
      input={input}
      check={validateAnnouncementInput}
      onSave={onSave}
      onClose={onClose}
      maxWidth="md"
    >
      <SelectInput
        id="announcement-kind"
        label="Kind"
        value={kind}
        onChange={setKind}
        options={ANNOUNCEMENT_KINDS}
        labels={KIND_LABELS}
      />
      <TextInput
        id="announcement-title"
        label="Title"
        value={title}
        onChange={setTitle}
        required
      />
      <TextInput
        id="announcement-body-markdown-no-html-scripts"
        label="Body (Markdown, no HTML scripts)"
        value={body}
        onChange={setBody}
        required
        multiline
        minRows={6}
      />
      <Box display="flex" gridGap={16}>
        <TextInput
          id="announcement-window-starts-optional"
          label="Window starts (optional)"
          type="datetime-local"
          value={startsAt}
          onChange={setStartsAt}
        />
        <TextInput
          id="announcement-window-ends-optional"
          label="Window ends (optional)"
          type="datetime-local"
          value={endsAt}
          onChange={setEndsAt}
        />
      </Box>
    </SaveDialog>
  );
};
