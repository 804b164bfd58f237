import { validateAnnouncementInput } from './validateAnnouncementInput';

const valid = {
  kind: 'planned-change' as const,
  title: 'Default runtime becomes containerd',
  body: '## What changes\n\nNew deployments run on **containerd**. See [the guide](https://docs.acme.example/containerd).',
  startsAt: '2026-12-01T09:00:00Z',
  endsAt: '2026-12-01T11:00:00Z',
};

describe('validateAnnouncementInput', () => {
  it('accepts a valid announcement, with or without a window', () => {
    expect(validateAnnouncementInput(valid)).toEqual([]);
    expect(
      validateAnnouncementInput({
        ...valid,
        startsAt: undefined,
        endsAt: undefined,
      }),
    ).toEqual([]);
  });

  it('refuses a body with a script, naming the line', () => {
    expect(
      validateAnnouncementInput({
        ...valid,
        body: 'one\ntwo\n<script>alert(1)</script>',
      }),
    ).toEqual([
      'body contains a <script> element at line 3; announcements are Markdown without HTML scripts',
    ]);
  });

  it('refuses a window that ends before it starts, an end without a start and bad times', () => {
    expect(
      validateAnnouncementInput({ ...valid, endsAt: '2026-12-01T08:00:00Z' }),
    ).toEqual([
      'endsAt: 2026-12-01T08:00:00Z is not after startsAt 2026-12-01T09:00:00Z; a window ends after it starts',
    ]);
    expect(
      validateAnnouncementInput({ ...valid, startsAt: undefined }),
    ).toEqual(['endsAt: needs a startsAt; give the window a start']);
    expect(
      validateAnnouncementInput({ ...valid, startsAt: 'tomorrow' })[0],
    ).toMatch(/^startsAt: "tomorrow" is not a real time/);
  });

  it('refuses impossible dates instead of moving them to another day', () => {
    expect(
      validateAnnouncementInput({
        ...valid,
        startsAt: '2026-02-30T09:00:00Z',
        endsAt: '2026-03-01T24:00:00Z',
      }),
    ).toEqual([
      'startsAt: "2026-02-30T09:00:00Z" is not a real time; write ISO 8601 with a zone, e.g. 2026-12-01T09:00:00Z',
      'endsAt: "2026-03-01T24:00:00Z" is not a real time; write ISO 8601 with a zone, e.g. 2026-12-01T09:00:00Z',
    ]);
  });

  it('counts characters as people do, an emoji as one', () => {
    expect(
      validateAnnouncementInput({ ...valid, title: '🚀'.repeat(200) }),
    ).toEqual([]);
    expect(
      validateAnnouncementInput({ ...valid, title: '🚀'.repeat(201) }),
    ).toEqual(['title: is 201 characters long; at most 200 are allowed']);
  });

  it('quotes at most a short prefix of what was sent', () => {
    expect(
      validateAnnouncementInput({
        ...valid,
        kind: 'k'.repeat(1_048_576) as any,
        startsAt: ['2026-12-01T09:00:00Z'] as any,
      }),
    ).toEqual([
      expect.stringMatching(
        /^kind: "k{60}…" \(1048576 characters\) is not an announcement kind; use one of/,
      ),
      'startsAt: an array is not a real time; write ISO 8601 with a zone, e.g. 2026-12-01T09:00:00Z',
    ]);
  });

  it('refuses an unknown kind and an empty title', () => {
    expect(
      validateAnnouncementInput({ ...valid, kind: 'rumour' as any, title: '' }),
    ).toEqual([
      expect.stringMatching(
        /^kind: "rumour" is not an announcement kind; use one of 'planned-change'/,
      ),
      'title: is required',
    ]);
  });
});
