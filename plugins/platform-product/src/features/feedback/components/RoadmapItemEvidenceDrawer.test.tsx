import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RoadmapItemEvidence } from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  platformEntity,
  roadmapItemOf,
} from '../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../__testUtils__/renderWithApi';
import { RoadmapItemEvidenceDrawer } from './RoadmapItemEvidenceDrawer';

const PLATFORM = 'system:default/deploy-platform';
const ITEM = roadmapItemOf({
  id: 'rollbacks',
  personas: ['persona:default/sre-oncall'],
});
// Recording a note types into several fields, which takes more than the default 5 s on a busy
// machine (it timed out once in CI on 2 cores).
jest.setTimeout(30_000);

const summary = {
  count: 2,
  bySource: { survey: 1, 'office-hours': 1 },
  personas: [{ ref: 'persona:default/sre-oncall', count: 2 }],
  orgs: [{ ref: 'group:default/org-commerce', count: 1 }],
};
const ownersView: RoadmapItemEvidence = {
  platformRef: PLATFORM,
  itemId: 'rollbacks',
  summary,
  items: [
    {
      id: 'e1',
      source: 'survey',
      text: 'Rollbacks take far too long',
      score: 5,
      roundTitle: 'Q4 2026',
      personaRefs: ['persona:default/sre-oncall'],
      orgRefs: ['group:default/org-commerce'],
      from: null,
      linkedBy: 'user:default/noah-williams',
      linkedAt: '2026-11-25T10:00:00.000Z',
    },
    {
      id: 'e2',
      source: 'office-hours',
      text: 'Asked for one-click rollback',
      score: null,
      roundTitle: null,
      personaRefs: ['persona:default/sre-oncall'],
      orgRefs: [],
      from: 'user:default/priya-raman',
      linkedBy: 'user:default/noah-williams',
      linkedAt: '2026-11-26T10:00:00.000Z',
    },
  ],
};

const render = (evidence: RoadmapItemEvidence, canEdit: boolean) => {
  const api = mockPlatformProductApi({
    getRoadmapItemEvidence: jest.fn().mockResolvedValue(evidence),
    addRoadmapItemEvidence: jest.fn().mockResolvedValue(evidence),
    removeRoadmapItemEvidence: jest.fn().mockResolvedValue(undefined),
  });
  const onChanged = jest.fn();
  return {
    api,
    onChanged,
    rendered: renderWithApi(
      <RoadmapItemEvidenceDrawer
        entityRef={PLATFORM}
        item={ITEM}
        canEdit={canEdit}
        onClose={() => {}}
        onChanged={onChanged}
      />,
      { entity: platformEntity, api },
    ),
  };
};

describe('RoadmapItemEvidenceDrawer', () => {
  it('shows everyone how much feedback backs the item and from which personas and orgs, but not the words', async () => {
    const { rendered } = render({ ...ownersView, items: null }, false);
    await rendered;
    expect(
      await screen.findByText('Backed by 2 pieces of feedback'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('From personas: sre-oncall (2)'),
    ).toBeInTheDocument();
    expect(screen.getByText('From orgs: org-commerce (1)')).toBeInTheDocument();
    expect(
      screen.getByText("Only the platform's owners read what was said."),
    ).toBeInTheDocument();
    expect(screen.queryByText('Rollbacks take far too long')).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Record feedback' }),
    ).toBeNull();
  });

  it('shows owners the words, anonymous unless signed or named, and lets them remove and record', async () => {
    const { api, onChanged, rendered } = render(ownersView, true);
    await rendered;
    const list = within(
      await screen.findByRole('list', { name: 'Feedback backing the item' }),
    );
    expect(list.getByText('Rollbacks take far too long')).toBeInTheDocument();
    expect(
      list.getByText(
        'Survey comment · round Q4 2026 · score 5 · sre-oncall · anonymous · linked by noah-williams',
      ),
    ).toBeInTheDocument();
    expect(
      list.getByText(
        'Office hours · sre-oncall · from priya-raman · linked by noah-williams',
      ),
    ).toBeInTheDocument();

    await userEvent.click(list.getAllByRole('button', { name: 'Remove' })[0]);
    await waitFor(() =>
      expect(api.removeRoadmapItemEvidence).toHaveBeenCalledWith({
        entityRef: PLATFORM,
        itemId: 'rollbacks',
        evidenceId: 'e1',
      }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));

    await userEvent.click(
      screen.getByRole('button', { name: 'Record feedback' }),
    );
    expect(screen.getByText('Write down what was said')).toBeInTheDocument();
    expect(api.addRoadmapItemEvidence).not.toHaveBeenCalled();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'What was said' }),
      'Wants rollbacks in one step',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Who said it/ }),
      'user:default/fatima-haddad',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'sre-oncall' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Record feedback' }),
    );
    await waitFor(() =>
      expect(api.addRoadmapItemEvidence).toHaveBeenCalledWith({
        entityRef: PLATFORM,
        itemId: 'rollbacks',
        evidence: {
          source: 'office-hours',
          text: 'Wants rollbacks in one step',
          personaRefs: ['persona:default/sre-oncall'],
          personRef: 'user:default/fatima-haddad',
        },
      }),
    );
  });
});
