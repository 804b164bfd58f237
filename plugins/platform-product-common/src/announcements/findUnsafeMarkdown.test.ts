import { findUnsafeMarkdown } from './findUnsafeMarkdown';

describe('findUnsafeMarkdown', () => {
  it.each([
    '## What changes\n\nNew deployments run on **containerd**. See [the guide](https://docs.acme.example/containerd).',
    'Use `kubectl rollout` and <br> line breaks.',
    'Write &lt;script&gt; to show a tag as text, &amp; and &#169; too.',
    'Java script: the language of the web (we also say java script:).',
    'The onboarding = 2 days; see <b>bold</b> and <a href="https://x.example/on=1">on=1</a>.',
  ])('accepts plain Markdown and harmless HTML: %p', body => {
    expect(findUnsafeMarkdown(body)).toBeUndefined();
  });

  it.each([
    ['intro\n\nsecond\n<script>alert(1)</script>', 'a <script> element', 4],
    ['<IFRAME src="https://evil.example">', 'a <iframe> element', 1],
    ['a\n<img src=x onerror="alert(1)">', 'an onerror= handler', 2],
    ['[click](javascript:alert(1))', 'a javascript: link', 1],
    ['[click](JaVaScRiPt :alert(1))', 'a javascript: link', 1],
    ['<a href="javascript&#58;alert(1)">x</a>', 'a javascript: link', 1],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'a data:text/html link', 1],
  ])('finds the unsafe construct in %p', (body, what, line) => {
    expect(findUnsafeMarkdown(body)).toEqual({ what, line });
  });

  describe('sees through what browsers read past', () => {
    it.each([
      // A slash, or a quote, ends an attribute as white space does.
      ['<img src="x"/onerror=alert(1)>', 'an onerror= handler'],
      ['<img src="x"onerror=alert(1)>', 'an onerror= handler'],
      ["<img src='x'/onload=alert(1)>", 'an onload= handler'],
      // Character references are decoded in attributes and Markdown links.
      ['<a href="&#106;avascript:alert(1)">x</a>', 'a javascript: link'],
      ['[x](&#106;avascript:alert(1))', 'a javascript: link'],
      ['[x](&#106avascript:alert(1))', 'a javascript: link'],
      ['[x](&#x6A;avascript:alert(1))', 'a javascript: link'],
      ['[x](&#0000106;avascript:alert(1))', 'a javascript: link'],
      ['[x](javascript&colon;alert(1))', 'a javascript: link'],
      ['[x](data&colon;text&sol;html,<p>)', 'a data:text/html link'],
      // A URL parser removes tabs and line breaks.
      ['[x](java\tscript:alert(1))', 'a javascript: link'],
      ['<a href="java\nscript:alert(1)">x</a>', 'a javascript: link'],
      ['[x](java&Tab;script:alert(1))', 'a javascript: link'],
      ['[x](vb&#10;script:msgbox(1))', 'a vbscript: link'],
    ])('%p', (body, what) => {
      expect(findUnsafeMarkdown(body)).toEqual({ what, line: 1 });
    });

    it('names the line the construct starts on in the body as written', () => {
      expect(
        findUnsafeMarkdown('one &amp; two\n\nthree [x](&#106;ava\tscript:1)'),
      ).toEqual({ what: 'a javascript: link', line: 3 });
    });
  });
});
