import { findUnsafeMarkdown } from './findUnsafeMarkdown';
import { validateAnnouncementInput } from './validateAnnouncementInput';

const valid = {
  kind: 'planned-change' as const,
  title: 'Default runtime becomes containerd',
  body: '## What changes\n\nNew deployments run on **containerd**. See [the guide](https://docs.acme.example/containerd).',
  startsAt: '2026-12-01T09:00:00Z',
  endsAt: '2026-12-01T11:00:00Z',
};

describe('findUnsafeMarkdown', () => {
  it('accepts plain Markdown, code spans included', () => {
    expect(findUnsafeMarkdown(valid.body)).toBeUndefined();
    expect(
      findUnsafeMarkdown('Use `kubectl rollout` and <br> line breaks.'),
    ).toBeUndefined();
  });

  it.each([
    ['intro\n\nsecond\n<script>alert(1)</script>', 'a <script> element', 4],
    ['<IFRAME src="https://evil.example">', 'a <iframe> element', 1],
    ['a\n<img src=x onerror="alert(1)">', 'an onerror= handler', 2],
    ['[click](javascript:alert(1))', 'a javascript: link', 1],
    ['[click](JaVaScRiPt :alert(1))', 'a javascript: link', 1],
    [
      '<a href="javascript&#58;alert(1)">x</a>',
      'an HTML-encoded colon (used to hide script links)',
      1,
    ],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'a data:text/html link', 1],
  ])('finds the unsafe construct in %p', (body, what, line) => {
    expect(findUnsafeMarkdown(body)).toEqual({ what, line });
  });
});

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
    ).toMatch(/^startsAt: "tomorrow" is not a time/);
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
