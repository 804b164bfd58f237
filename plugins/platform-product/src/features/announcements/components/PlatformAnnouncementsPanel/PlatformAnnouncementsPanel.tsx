import { useState } from 'react';
import { Box, Button, Chip, Divider, Typography } from '@material-ui/core';
import { InfoCard, MarkdownContent } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Announcement,
  platformProductManagePermission,
} from '@platform-product/backstage-plugin-platform-product-common';
import { announcementsApiRef } from '../../api';
import { useAnnouncements } from '../../hooks';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { EditDeleteButtons } from '../../../../shared/EditDeleteButtons';
import { SubmissionErrors, useSubmit } from '../../../../shared/FormDialog';
import { AnnouncementComposer } from './AnnouncementComposer';
import {
  describeWindow,
  KIND_LABELS,
  TIMING_LABELS,
} from './announcementLabels';
import { FollowButton } from './FollowButton';

/**
 * "Announcements" of a platform while they are relevant, Markdown rendered without raw HTML; a
 * Follow button for everyone, and a composer with edit and delete for the platform's owners.
 *
 * @public
 */
export const PlatformAnnouncementsPanel = (props: { entityRef: string }) => {
  const { entityRef } = props;
  const api = useApi(announcementsApiRef);
  const state = useAnnouncements(entityRef);
  const { allowed } = useEntityPermission(
    platformProductManagePermission,
    entityRef,
  );
  const [editing, setEditing] = useState<{ announcement?: Announcement }>();
  const removal = useSubmit();

  return (
    <InfoCard
      title="Announcements"
      subheader="Planned changes, maintenance, incidents and releases, while they are relevant"
      action={
        <Box display="flex" gridGap={8} alignItems="center">
          <FollowButton entityRef={entityRef} />
          {allowed && (
            <Button
              variant="outlined"
              color="primary"
              onClick={() => setEditing({})}
            >
              Post announcement
            </Button>
          )}
        </Box>
      }
    >
      <SubmissionErrors submission={removal} />
      <AsyncContent state={state}>
        {({ items }) =>
          items.length === 0 ? (
            <Typography variant="body2">No current announcements.</Typography>
          ) : (
            items.map((announcement, index) => (
              <Box key={announcement.id} py={1}>
                {index > 0 && <Divider />}
                <Box
                  display="flex"
                  alignItems="center"
                  gridGap={8}
                  mt={1}
                  flexWrap="wrap"
                >
                  <Chip
                    size="small"
                    color="primary"
                    label={KIND_LABELS[announcement.kind]}
                  />
                  {announcement.timing && (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={TIMING_LABELS[announcement.timing]}
                    />
                  )}
                  <Typography variant="subtitle1" component="h3">
                    {announcement.title}
                  </Typography>
                  {allowed && (
                    <>
                      <EditDeleteButtons
                        label={`announcement ${announcement.title}`}
                        onEdit={() => setEditing({ announcement })}
                        onDelete={async () => {
                          await removal.run(() =>
                            api.deleteAnnouncement({
                              entityRef,
                              announcementId: announcement.id,
                              version: announcement.version,
                            }),
                          );
                          state.retry();
                        }}
                      />
                    </>
                  )}
                </Box>
                <Typography variant="caption" color="textSecondary">
                  {[
                    describeWindow(announcement.startsAt, announcement.endsAt),
                    `posted ${announcement.postedAt.slice(0, 10)} by ${
                      announcement.postedBy
                    }`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
                {/* CommonMark without raw HTML: tags in a body show as text, never as elements. */}
                <MarkdownContent
                  content={announcement.body}
                  dialect="common-mark"
                />
              </Box>
            ))
          )
        }
      </AsyncContent>
      {editing && (
        <AnnouncementComposer
          announcement={editing.announcement}
          onClose={() => setEditing(undefined)}
          onSave={async input => {
            await (editing.announcement
              ? api.editAnnouncement({
                  entityRef,
                  announcementId: editing.announcement.id,
                  announcement: input,
                })
              : api.postAnnouncement({ entityRef, announcement: input }));
            setEditing(undefined);
            state.retry();
          }}
        />
      )}
    </InfoCard>
  );
};
