/**
 * What makes Markdown unsafe to show: an HTML element that runs or embeds code, an inline event
 * handler attribute, or a link to a script URL.
 *
 * @public
 */
export interface UnsafeMarkdown {
  /** What was found, e.g. `a <script> element`, `an onclick= handler`, `a javascript: link`. */
  what: string;
  /** 1-based line of the body. */
  line: number;
}

const DANGEROUS_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'meta',
  'link',
  'style',
  'svg',
  'math',
];

const RULES: ReadonlyArray<{
  pattern: RegExp;
  describe: (m: RegExpExecArray) => string;
}> = [
  {
    pattern: new RegExp(
      `<\\s*(${DANGEROUS_ELEMENTS.join('|')})(?=[\\s/>]|$)`,
      'i',
    ),
    describe: m => `a <${m[1].toLowerCase()}> element`,
  },
  {
    // An attribute like onclick= or onerror = inside something that looks like a tag.
    pattern: /<[a-z][^>]*?\s(on[a-z]+)\s*=/i,
    describe: m => `an ${m[1].toLowerCase()}= handler`,
  },
  {
    // Scheme-relative tricks: java\tscript:, entity-encoded colons are caught by the entity rule.
    pattern: /(javascript|vbscript|livescript)\s*:/i,
    describe: m => `a ${m[1].toLowerCase()}: link`,
  },
  {
    pattern: /data\s*:\s*text\/html/i,
    describe: () => 'a data:text/html link',
  },
  {
    pattern: /&#(?:0*58|x0*3a);|&colon;/i,
    describe: () => 'an HTML-encoded colon (used to hide script links)',
  },
];

/**
 * The first unsafe construct in a Markdown body, or undefined when it has none. Announcements are
 * Markdown without HTML scripts: the frontend renders Markdown without raw HTML anyway, and the
 * backend refuses bodies that try to smuggle scripts in, so that no other renderer (an email, a
 * chat message) is ever handed one.
 *
 * @public
 */
export function findUnsafeMarkdown(body: string): UnsafeMarkdown | undefined {
  let first: UnsafeMarkdown | undefined;
  let firstIndex = Infinity;
  for (const rule of RULES) {
    const match = rule.pattern.exec(body);
    if (match && match.index < firstIndex) {
      firstIndex = match.index;
      first = {
        what: rule.describe(match),
        line: body.slice(0, match.index).split('\n').length,
      };
    }
  }
  return first;
}
