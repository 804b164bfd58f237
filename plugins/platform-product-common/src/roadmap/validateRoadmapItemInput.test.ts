import { roadmapItemInputProblems } from './validateRoadmapItemInput';

describe('roadmapItemInputProblems', () => {
  it('accepts valid and partial input', () => {
    expect(
      roadmapItemInputProblems({
        horizon: 'now',
        title: 'Faster rollbacks',
        status: 'committed',
        personas: ['persona:default/sre-oncall'],
        keyResultId: null,
      }),
    ).toEqual([]);
    expect(roadmapItemInputProblems({})).toEqual([]);
  });

  it('names each bad field, its value and what is allowed', () => {
    expect(
      roadmapItemInputProblems({
        horizon: 'soon',
        status: 'done',
        category: 'features',
        confidence: 'certain',
        title: '  ',
        personas: 'sre-oncall',
        keyResultId: '',
      }),
    ).toEqual([
      'horizon must be one of now, next, later — got "soon"',
      'confidence must be one of low, medium, high — got "certain"',
      'status must be one of exploring, committed, shipped, dropped — got "done"',
      'category must be one of new-capability, reliability, cost, developer-experience, unplanned — got "features"',
      'title must not be empty; describe the title',
      'personas must be a list of Persona refs such as persona:default/feature-engineer',
      'keyResultId must be the id of one of the platform key results, or null for none',
    ]);
  });

  it('limits the length of texts', () => {
    expect(roadmapItemInputProblems({ title: 'x'.repeat(201) })).toEqual([
      'title must be at most 200 characters — got 201',
    ]);
  });
});
