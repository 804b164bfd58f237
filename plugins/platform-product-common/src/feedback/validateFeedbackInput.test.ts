import { feedbackEvidenceInputProblems } from './validateFeedbackInput';

describe('feedbackEvidenceInputProblems', () => {
  it('accepts a survey comment id and a recorded note', () => {
    expect(feedbackEvidenceInputProblems({ commentId: 'abc' })).toEqual([]);
    expect(
      feedbackEvidenceInputProblems({
        source: 'office-hours',
        text: 'Retention of 7 days is too short for audits',
        personaRefs: ['persona:default/sre-oncall'],
        orgRefs: [],
        personRef: 'user:default/jane',
      }),
    ).toEqual([]);
  });

  it('names each wrong field and what is allowed', () => {
    expect(
      feedbackEvidenceInputProblems({
        source: 'survey',
        text: ' ',
        personaRefs: 'persona:default/sre',
        personRef: 7,
      }),
    ).toEqual([
      'source must be one of office-hours, interview, support, other — got "survey"; to link a survey comment send its commentId instead',
      'text must not be empty; write down what was said',
      'personaRefs must be a list of Persona refs such as persona:default/feature-engineer',
      'personRef must be a User ref such as user:default/jane-doe, or null to leave the person unnamed — got 7',
    ]);
  });

  it('refuses a comment id mixed with a note, and an over-long note', () => {
    expect(
      feedbackEvidenceInputProblems({ commentId: 'abc', text: 'mine' }),
    ).toEqual([
      'a linked survey comment carries its own text and segments; leave out text',
    ]);
    expect(
      feedbackEvidenceInputProblems({
        source: 'other',
        text: 'x'.repeat(2001),
      }),
    ).toEqual(['text must be at most 2000 characters — got 2001; shorten it']);
    expect(feedbackEvidenceInputProblems([])).toHaveLength(1);
  });
});
