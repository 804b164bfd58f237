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

/** A rule over the body, or over the body as a URL parser reads it (`decoded`). */
interface Rule {
  pattern: RegExp;
  describe: (m: RegExpExecArray) => string;
  decoded?: boolean;
}

const RULES: readonly Rule[] = [
  {
    pattern: new RegExp(
      `<\\s*(${DANGEROUS_ELEMENTS.join('|')})(?=[\\s/>]|$)`,
      'i',
    ),
    describe: m => `a <${m[1].toLowerCase()}> element`,
  },
  {
    // An attribute like onclick= or onerror = inside something that looks like a tag. HTML starts
    // a new attribute after white space, after a slash and right after a quoted value:
    // <img src="x"/onerror=…> and <img src="x"onerror=…> both run the handler.
    pattern: /<[a-z][^>]*?[\s/"'](on[a-z]+)\s*=/i,
    describe: m => `an ${m[1].toLowerCase()}= handler`,
  },
  {
    pattern: /(javascript|vbscript|livescript)\s*:/i,
    describe: m => `a ${m[1].toLowerCase()}: link`,
    decoded: true,
  },
  {
    pattern: /data\s*:\s*text\/html/i,
    describe: () => 'a data:text/html link',
    decoded: true,
  },
];

/**
 * Character references a URL in an attribute or a Markdown link may hide a scheme with: numeric
 * ones (the semicolon is optional, `&#106avascript:` works) and the named ones of the characters a
 * scheme needs. `&lt;` and the like are left alone: they show as text, never as markup.
 */
const CHARACTER_REFERENCE =
  /&(?:#(\d{1,8});?|#x([0-9a-f]{1,6});?|(colon|sol|tab|newline);)/iy;

const NAMED: Record<string, string> = {
  colon: ':',
  sol: '/',
  tab: '\t',
  newline: '\n',
};

/**
 * The body as a browser's URL parser reads a link in it: character references decoded, then tab,
 * line breaks and other C0 control characters removed (`java\tscript:` is `javascript:`), with
 * the index in the body each remaining character came from.
 */
function decodeForUrls(body: string): { text: string; origins: number[] } {
  let text = '';
  const origins: number[] = [];
  const append = (chars: string, origin: number) => {
    for (const char of chars) {
      if (char.charCodeAt(0) >= 0x20) {
        text += char;
        for (let unit = 0; unit < char.length; unit++) origins.push(origin);
      }
    }
  };
  let i = 0;
  while (i < body.length) {
    CHARACTER_REFERENCE.lastIndex = i;
    const reference = body[i] === '&' ? CHARACTER_REFERENCE.exec(body) : null;
    const code = reference
      ? Number.parseInt(
          reference[1] ?? reference[2] ?? '',
          reference[1] ? 10 : 16,
        )
      : NaN;
    if (reference && (reference[3] || code <= 0x10ffff)) {
      append(
        reference[3]
          ? NAMED[reference[3].toLowerCase()]
          : String.fromCodePoint(code),
        i,
      );
      i += reference[0].length;
    } else {
      append(body[i], i);
      i++;
    }
  }
  return { text, origins };
}

/**
 * The first unsafe construct in a Markdown body, or undefined when it has none. Announcements are
 * Markdown without HTML scripts: the frontend renders Markdown without raw HTML anyway, and the
 * backend refuses bodies that try to smuggle scripts in, so that no other renderer (an email, a
 * chat message) is ever handed one. Script links are looked for as a browser reads them, with
 * character references decoded and tabs and line breaks removed (`&#106;avascript:`,
 * `java\tscript:`).
 *
 * @public
 */
export function findUnsafeMarkdown(body: string): UnsafeMarkdown | undefined {
  const decoded = decodeForUrls(body);
  let firstIndex = Infinity;
  let what: string | undefined;
  for (const rule of RULES) {
    const match = rule.pattern.exec(rule.decoded ? decoded.text : body);
    if (!match) {
      continue;
    }
    const index = rule.decoded ? decoded.origins[match.index] : match.index;
    if (index < firstIndex) {
      firstIndex = index;
      what = rule.describe(match);
    }
  }
  return what === undefined
    ? undefined
    : { what, line: body.slice(0, firstIndex).split('\n').length };
}
