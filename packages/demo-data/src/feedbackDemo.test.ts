import { demoEvidence } from './feedbackDemo';

describe('demoEvidence', () => {
  it('links the comments of a theme to its item, and the notes to theirs', () => {
    const links = demoEvidence(
      [
        { id: 'search', title: 'Structured log search' },
        { id: 'retention', title: 'Cheaper long retention' },
      ],
      [
        { commentId: 'c1', comment: 'Searching logs across services is slow.' },
        { commentId: 'c2', comment: 'Support answered within minutes.' },
        { commentId: 'c3', comment: 'Searching logs is slow again.' },
      ],
    );
    expect(links.map(link => [link.itemId, link.evidence])).toEqual([
      ['search', { commentId: 'c1' }],
      ['search', { commentId: 'c3' }],
      ['retention', expect.objectContaining({ source: 'office-hours' })],
    ]);
  });

  it('leaves out items that are not on the board', () => {
    expect(
      demoEvidence([], [{ commentId: 'c1', comment: 'Searching logs' }]),
    ).toEqual([]);
  });
});
