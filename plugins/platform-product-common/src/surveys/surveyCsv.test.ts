import { surveyCommentsCsv } from './surveyCsv';

describe('surveyCommentsCsv', () => {
  it('writes a header and one row per comment, the signer only when signed', () => {
    expect(
      surveyCommentsCsv({
        roundTitle: 'Q4 2026',
        comments: [
          {
            commentId: 'c1',
            score: 9,
            comment: 'fast, reliable',
            teamRefs: ['group:default/team-a'],
            personaRefs: ['persona:default/a', 'persona:default/b'],
            signedBy: null,
            answeredAt: '2026-11-01T10:00:00.000Z',
          },
          {
            commentId: 'c2',
            score: 2,
            comment: '=cmd',
            teamRefs: [],
            personaRefs: [],
            signedBy: 'user:default/ann',
            answeredAt: '2026-11-02T10:00:00.000Z',
          },
        ],
      }),
    ).toBe(
      [
        'round,answered_at,score,category,teams,personas,signed_by,comment',
        'Q4 2026,2026-11-01T10:00:00.000Z,9,promoter,group:default/team-a,persona:default/a persona:default/b,,"fast, reliable"',
        "Q4 2026,2026-11-02T10:00:00.000Z,2,detractor,,,user:default/ann,'=cmd",
        '',
      ].join('\r\n'),
    );
  });
});
