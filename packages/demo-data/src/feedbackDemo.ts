import type {
  FeedbackEvidenceInput,
  RoadmapBoard,
  RoadmapItem,
  SurveyComment,
  SurveyComments,
  SurveyResults,
} from '@platform-product/backstage-plugin-platform-product-common';
import { callAsUser, signInAsExampleUser } from './exampleUserApi';

const BASE = '/platforms/system/default/logging-platform';
const OWNER = 'user:default/sara-nilsson';

/**
 * The DEMO evidence of the Logging Platform's roadmap: which survey comments back which item (by
 * words in the comment), and a note from office hours.
 */
const COMMENT_THEMES: Array<{ item: string; words: string }> = [
  { item: 'Structured log search', words: 'Searching logs' },
];
const NOTES: Array<{ item: string; note: FeedbackEvidenceInput }> = [
  {
    item: 'Cheaper long retention',
    note: {
      source: 'office-hours',
      text: 'Two teams asked for 90 days of logs for their audits; today they export to buckets by hand.',
      personaRefs: ['persona:default/sre-oncall'],
    },
  },
];

/**
 * What to link: each survey comment whose words match a theme, to that theme's item; then the
 * notes, to their items. Items not on the board are left out.
 */
export function demoEvidence(
  items: readonly Pick<RoadmapItem, 'id' | 'title'>[],
  comments: readonly Pick<SurveyComment, 'commentId' | 'comment'>[],
): Array<{ itemId: string; evidence: FeedbackEvidenceInput }> {
  const idOf = (title: string) => items.find(item => item.title === title)?.id;
  const links: Array<{ itemId: string; evidence: FeedbackEvidenceInput }> = [];
  for (const { item, words } of COMMENT_THEMES) {
    const itemId = idOf(item);
    if (!itemId) continue;
    for (const comment of comments) {
      if (comment.comment.includes(words)) {
        links.push({ itemId, evidence: { commentId: comment.commentId } });
      }
    }
  }
  for (const { item, note } of NOTES) {
    const itemId = idOf(item);
    if (itemId) links.push({ itemId, evidence: note });
  }
  return links;
}

/**
 * Backs the Logging Platform's roadmap items with the DEMO survey comments and an office-hours note,
 * as its owner, unless its items already have evidence (a second run adds nothing).
 */
export async function loadFeedbackDemo(options: {
  baseUrl: string;
  log: (message: string) => void;
}): Promise<void> {
  const { baseUrl, log } = options;
  const token = await signInAsExampleUser(baseUrl, OWNER);
  const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown) =>
    callAsUser<T>({ baseUrl, token, method, path, body });
  const board = await call<RoadmapBoard>('GET', `${BASE}/roadmap`);
  const items = Object.values(board.horizons).flat();
  if (items.some(item => item.evidence.count > 0)) {
    log(
      '  logging-platform: roadmap items already have evidence; left as they are',
    );
    return;
  }
  const { rounds } = await call<SurveyResults>(
    'GET',
    `${BASE}/surveys/results`,
  );
  const comments: SurveyComment[] = [];
  for (const { round } of rounds) {
    const answer = await call<SurveyComments>(
      'GET',
      `${BASE}/surveys/rounds/${round.id}/comments`,
    );
    comments.push(...answer.items);
  }
  const links = demoEvidence(items, comments);
  for (const { itemId, evidence } of links) {
    await call('POST', `${BASE}/roadmap/items/${itemId}/evidence`, evidence);
  }
  log(
    `  logging-platform: ${links.length} pieces of feedback back its roadmap items`,
  );
}
