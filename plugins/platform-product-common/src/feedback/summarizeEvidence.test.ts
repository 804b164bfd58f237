import { summarizeEvidence } from './summarizeEvidence';

describe('summarizeEvidence', () => {
  it('counts pieces per source, persona and org, most first', () => {
    const summary = summarizeEvidence([
      {
        source: 'survey',
        personaRefs: ['persona:default/sre', 'persona:default/dev'],
        orgRefs: ['group:default/payments'],
      },
      {
        source: 'survey',
        personaRefs: ['persona:default/dev'],
        orgRefs: ['group:default/payments', 'group:default/retail'],
      },
      {
        source: 'office-hours',
        personaRefs: ['persona:default/dev', 'persona:default/dev'],
        orgRefs: [],
      },
    ]);
    expect(summary).toEqual({
      count: 3,
      bySource: { survey: 2, 'office-hours': 1 },
      personas: [
        { ref: 'persona:default/dev', count: 3 },
        { ref: 'persona:default/sre', count: 1 },
      ],
      orgs: [
        { ref: 'group:default/payments', count: 2 },
        { ref: 'group:default/retail', count: 1 },
      ],
    });
  });

  it('summarizes no feedback as zero', () => {
    expect(summarizeEvidence([])).toEqual({
      count: 0,
      bySource: {},
      personas: [],
      orgs: [],
    });
  });
});
