// Not yet in this package's devDependencies (installed, hoisted): add it there, then drop this.
import fc from 'fast-check';
import {
  ContractOperation,
  ContractParameter,
  ContractSchema,
  pathOf,
  resolveSchema,
} from './contractOperations';

/**
 * A piece of JSON sent as written: deep nesting and megabyte strings, kept out of JavaScript values
 * (and out of fast-check's reports, which show the short label instead).
 */
export class RawJson {
  constructor(readonly text: string, readonly label: string) {}
  [fc.toStringMethod]() {
    return this.label;
  }
}

/** A request an operation must survive, with what is wrong with it. */
export interface FuzzRequest {
  method: ContractOperation['method'];
  /** The path with the query string, relative to the plugin's base URL. */
  url: string;
  headers: Record<string, string>;
  /** The body (send it with {@link toJsonText}), or undefined to send none. */
  body?: unknown;
  /** Where the request is malformed and how, e.g. `body.score ← [[[…20000 deep…]]]`. */
  malformed: string;
  /**
   * Whether the request breaks the contract or the suite's input rules (every text has a maximum
   * and no control characters, a field the contract leaves untyped is a number), so it must be
   * refused with a 4xx that writes nothing. False for odd but acceptable inputs, such as a long
   * filter value that matches nothing; those must only not fail with a 5xx.
   */
  mustRefuse: boolean;
}

/** The valid request that the malformed ones are variations of. */
export interface ValidRequest {
  /** A value for every path parameter that names something that exists. */
  path: Record<string, string>;
  /** A body the operation accepts, for operations with a body. */
  body?: unknown;
  /** Header values the operation accepts (If-Match). */
  headers?: Record<string, string>;
}

/** JSON text of a value, with {@link RawJson} pieces spliced in as they are. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A request in one line: method, path (shortened) and what is wrong with it. */
export function describeRequest(request: FuzzRequest): string {
  const url =
    request.url.length > 160 ? `${request.url.slice(0, 157)}…` : request.url;
  return `${request.method.toUpperCase()} ${url} — ${request.malformed}`;
}

/** A short, printable form of a value for a report. */
function show(value: unknown): string {
  const text = fc.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

const deepArray = (depth: number) =>
  new RawJson(
    `${'['.repeat(depth)}${']'.repeat(depth)}`,
    `[[[…${depth} deep…]]]`,
  );
const deepObject = (depth: number) =>
  new RawJson(
    `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    `{"a":{"a":…${depth} deep…}}`,
  );
const longString = (length: number, char = 'x') =>
  new RawJson(JSON.stringify(char.repeat(length)), `"${char}"×${length}`);
const many = (count: number, item: unknown, label: string) =>
  new RawJson(`[${Array(count).fill(toJsonText(item)).join(',')}]`, label);
const manyKeys = (count: number) =>
  new RawJson(
    `{${Array.from({ length: count }, (_, i) => `"k${i}":"v"`).join(',')}}`,
    `{…${count} keys…}`,
  );

/**
 * A family of wrong values: constants (the first is the family's corner case, sent on every run)
 * and, optionally, random members.
 */
interface Family {
  cases: readonly unknown[];
  random?: fc.Arbitrary<unknown>;
}

const arbitraryOf = (family: Family): fc.Arbitrary<unknown> =>
  family.random
    ? fc.oneof(fc.constantFrom(...family.cases), family.random)
    : fc.constantFrom(...family.cases);

/** Strings with characters no text field takes: NUL and other C0 controls but tab and newlines. */
const controlStrings: Family = {
  cases: [
    'a\u0000b',
    '\u0000',
    '\u0007bell',
    '\u001b[31mred\u001b[0m',
    'back\u0008space',
  ],
  random: fc
    .tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }))
    .map(([a, b]) => `${a}\u0000${b}`),
};

/** Numbers a client might send as strings, and strings that are no number at all. */
const numberLikeStrings: Family = {
  cases: ['NaN', '-1', '12', 'Infinity', '1e309', '0x1A', '', ' 7 ', 'seven'],
};

/** Objects that are wrong wherever a scalar or a specific object is expected. */
const oddObjects: Family = {
  cases: [
    new RawJson('{"__proto__":{"polluted":true}}', '{"__proto__":{…}}'),
    {},
    { a: 1 },
    new RawJson(
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"constructor":{"prototype":{…}}}',
    ),
  ],
};

const oddArrays: Family = { cases: [['a'], [], [1], [[]], [null]] };

/** Nesting that overflows a naive recursion. */
const deep: Family = {
  cases: [deepArray(20_000), deepObject(5_000), deepArray(1_000)],
};

/** A string past any sane maximum: every text field has one. */
const megabyte: Family = { cases: [longString(1_000_000)] };

/** Numbers past any sane bound: every number field has one. */
const hugeNumbers: Family = { cases: [1.7e308, -1.7e308] };

const numbers: Family = {
  cases: [1.5, -1, 1e308, -0],
  random: fc.integer(),
};
const booleans: Family = { cases: [true, false] };
const nulls: Family = { cases: [null] };

function typesOf(schema: ContractSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  return [];
}

/** Near misses of a YYYY-MM-DD day, impossible days among them. */
const badDays: Family = {
  cases: [
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '20261201',
    '2026-1-1',
    '2026-12-01T00:00:00Z',
    ' 2026-12-01',
    '9999999-01-01',
  ],
};
const badTimes: Family = {
  cases: [
    '2026-02-30T10:00:00Z',
    'yesterday',
    '2026-13-01T00:00:00Z',
    '2026-12-01T25:00:00Z',
    '2026-12-01 10:00',
    '1e12',
  ],
};

/**
 * The families of values that are malformed wherever this schema applies: the wrong JSON type,
 * too long, too short, out of range, off the pattern or enum, with control characters, or absurdly
 * nested. A schema without a type is taken to be a number (the contract left score, days and the
 * investment-mix values untyped for the handler to check).
 */
function wrongValueFamilies(schema: ContractSchema): Family[] {
  const types = typesOf(schema);
  const families: Family[] = [deep, megabyte, controlStrings];
  const notNull = types.includes('null') ? [] : [nulls];
  if (types.includes('string')) {
    families.push(numbers, booleans, ...notNull, oddArrays, oddObjects);
    if (typeof schema.maxLength === 'number') {
      families.push({ cases: [longString(schema.maxLength + 1, 'y')] });
    }
    if ((schema.minLength ?? 0) >= 1) families.push({ cases: [''] });
    if (typeof schema.pattern === 'string') {
      families.push(schema.pattern.includes('\\d{4}') ? badDays : badTimes);
    }
    if (schema.format === 'date-time') families.push(badTimes);
    if (Array.isArray(schema.enum)) {
      families.push({
        cases: [
          'bogus',
          ` ${schema.enum[0]}`,
          String(schema.enum[0]).toUpperCase(),
        ],
      });
    }
  } else if (types.includes('number') || types.includes('integer')) {
    families.push(
      numberLikeStrings,
      booleans,
      ...notNull,
      oddArrays,
      oddObjects,
      hugeNumbers,
    );
    if (types.includes('integer') && !types.includes('number')) {
      families.push({ cases: [1.5, 0.1, -2.5] });
    }
    if (typeof schema.minimum === 'number') {
      families.push({ cases: [schema.minimum - 1] });
    }
    if (typeof schema.maximum === 'number') {
      families.push({ cases: [schema.maximum + 1] });
    }
  } else if (types.includes('boolean')) {
    families.push(
      { cases: ['true', 'false', '', 0, 1] },
      ...notNull,
      oddArrays,
      oddObjects,
    );
  } else if (types.includes('array')) {
    families.push({ cases: ['a', 1, {}, true] }, ...notNull, {
      cases: [many(3, deepArray(3), '[[[[]]]]×3')],
    });
    if ((schema.minItems ?? 0) >= 1) families.push({ cases: [[]] });
  } else if (types.includes('object')) {
    families.push({ cases: ['a', 1, true, [], [{}]] }, ...notNull);
  } else {
    families.push(numberLikeStrings, booleans, nulls, oddArrays, oddObjects);
  }
  return families;
}

/** Random values that are malformed wherever this schema applies (see {@link wrongValueFamilies}). */
export function wrongValues(schema: ContractSchema): fc.Arbitrary<unknown> {
  return fc.oneof(...wrongValueFamilies(schema).map(arbitraryOf));
}

/** One malformed value of each family for this schema: the corner cases sent on every run. */
export function wrongValueCases(schema: ContractSchema): unknown[] {
  return wrongValueFamilies(schema).map(family => family.cases[0]);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * One place a request can be malformed — a field of the body, a path parameter, the query string,
 * a header — with the families of wrong values for it and how a value makes the whole request.
 */
interface Site {
  families: Family[];
  request(value: unknown): FuzzRequest;
}

/** Where a body can be malformed: what a site of the body replaces, and how it says so. */
interface BodySite {
  families: Family[];
  apply(value: unknown): unknown;
  describe(value: unknown): string;
}

const replaced = (where: string) => (value: unknown) =>
  value === undefined ? `${where} left out` : `${where} ← ${show(value)}`;

/**
 * The sites of a valid value of a schema: the whole value, each property (recursively, and the
 * ones the valid value leaves out), each required property left out, an undeclared property where
 * none may be, a wrong or 20,000th key of a map, the first item of an array and one item too many.
 */
function bodySites(
  schema: ContractSchema,
  valid: unknown,
  where: string,
  apply: (value: unknown) => unknown,
): BodySite[] {
  const s = resolveSchema(schema);
  const sites: BodySite[] = [
    { families: wrongValueFamilies(s), apply, describe: replaced(where) },
  ];
  if (isPlainObject(valid)) {
    for (const [key, propertySchema] of Object.entries<ContractSchema>(
      s.properties ?? {},
    )) {
      const at = `${where}.${key}`;
      const put = (value: unknown) => apply({ ...valid, [key]: value });
      if (key in valid) {
        sites.push(...bodySites(propertySchema, valid[key], at, put));
      } else {
        sites.push({
          families: wrongValueFamilies(resolveSchema(propertySchema)),
          apply: put,
          describe: replaced(at),
        });
      }
      if (((s.required ?? []) as string[]).includes(key) && key in valid) {
        sites.push({
          families: [{ cases: [undefined] }],
          apply: put,
          describe: replaced(at),
        });
      }
    }
    if (s.additionalProperties === false) {
      sites.push({
        families: [
          { cases: ['unexpected', 'Title', '__proto__', 'constructor'] },
        ],
        apply: key => apply({ ...valid, [key as string]: 'x' }),
        describe: key => `${where}.${key} ← an undeclared property`,
      });
    } else if (isPlainObject(s.additionalProperties)) {
      sites.push(
        {
          families: wrongValueFamilies(resolveSchema(s.additionalProperties)),
          apply: value => apply({ ...valid, fuzzed: value }),
          describe: replaced(`${where}.fuzzed`),
        },
        {
          families: [{ cases: [manyKeys(20_000)] }],
          apply,
          describe: replaced(where),
        },
      );
    }
  }
  const items = s.items ? resolveSchema(s.items) : undefined;
  if (Array.isArray(valid) && valid.length > 0 && items) {
    sites.push(
      ...bodySites(items, valid[0], `${where}[0]`, value =>
        apply([value, ...valid.slice(1)]),
      ),
    );
    if (typeof s.maxItems === 'number') {
      const tooMany = s.maxItems + 1;
      sites.push({
        families: [
          { cases: [many(tooMany, valid[0], `[…${tooMany} items…]`)] },
        ],
        apply,
        describe: () => `${where} ← ${tooMany} items`,
      });
    }
  }
  return sites;
}

/** Path parameter values that name nothing: odd characters, traversal, injection, huge. */
const strangeNames = {
  cases: [
    '\u0000',
    'x'.repeat(3000),
    '..',
    "' OR 1=1 --",
    '__proto__',
    'a\u0000b',
    '../..',
    'a/b',
    'constructor',
    'null',
    'undefined',
    '$ne',
    '*',
    '%',
    ' ',
    'ünïcødé',
    '😀',
    '\u202e',
    '-1',
  ],
  random: fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.integer().map(String),
  ),
} satisfies Family;
/** Escapes a browser would never send; they go into the path as they are. */
const brokenEscapes: Family = { cases: ['%E0%A4%A', '%', '%ZZ', '%C0%AF'] };

/** If-Match values that match no version. */
const badEtags: Family = {
  cases: [
    '"-1"',
    '"abc"',
    '"1.5"',
    '"1e3"',
    '"99999999999999999999999"',
    'garbage',
    '""',
    `"${'9'.repeat(80)}"`,
  ],
};

const q = (name: string, value: string) =>
  `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;

/** A query string's value families for a declared parameter; the free-form ones may be accepted. */
function queryFamilies(
  parameter: ContractParameter,
): Array<{ families: Family[]; mustRefuse: boolean }> {
  const schema = resolveSchema(parameter.schema);
  const types = typesOf(schema);
  const refused: Family[] = [controlStrings];
  if (Array.isArray(schema.enum)) {
    refused.push({ cases: ['bogus', '', 'TRUE', ' true'] });
  } else if (typeof schema.pattern === 'string') {
    refused.push(badDays);
  } else if (types.includes('integer') || types.includes('number')) {
    refused.push({ cases: ['-1', '1.5', 'NaN', 'abc', '1e400', ''] });
  } else {
    // A free-form filter: an odd value may match nothing, which is an answer, not an error.
    return [
      { families: refused, mustRefuse: true },
      {
        families: [
          {
            cases: ['x'.repeat(3000), "' OR 1=1 --", '../..', '😀'],
            random: fc.string({ maxLength: 20 }),
          },
        ],
        mustRefuse: false,
      },
    ];
  }
  return [{ families: refused, mustRefuse: true }];
}

/** Every site of a request to an operation, each varying the valid request in one place. */
function sitesOf(operation: ContractOperation, valid: ValidRequest): Site[] {
  if (operation.body && valid.body === undefined) {
    throw new Error(
      `${operation.operationId} takes a body: give a valid one to vary`,
    );
  }
  const validPath = pathOf(operation, valid.path);
  const request = (
    parts: Partial<FuzzRequest> & { malformed: string },
  ): FuzzRequest => {
    const fuzzRequest: FuzzRequest = {
      method: operation.method,
      url: validPath,
      headers: valid.headers ?? {},
      body: valid.body,
      mustRefuse: true,
      ...parts,
    };
    // fast-check reports a failing request by this line instead of dumping its body.
    return Object.assign(fuzzRequest, {
      [fc.toStringMethod]: () => describeRequest(fuzzRequest),
    });
  };
  const sites: Site[] = [
    {
      families: [{ cases: ['unknown', 'limit', 'version2', 'Version'] }],
      request: name =>
        request({
          url: `${validPath}?${q(name as string, '1')}`,
          malformed: `query ${name} ← an undeclared parameter`,
        }),
    },
  ];
  for (const parameter of operation.queryParams) {
    const { name } = parameter;
    // A list parameter is given by repeating it (category=a&category=b): twice is well-formed.
    const list = typesOf(resolveSchema(parameter.schema)).includes('array');
    sites.push({
      families: [{ cases: list ? ['object'] : ['twice', 'object'] }],
      request: how =>
        request({
          url:
            how === 'twice'
              ? `${validPath}?${q(name, 'a')}&${q(name, 'b')}`
              : `${validPath}?${encodeURIComponent(name)}[a]=1`,
          malformed: `query ${name} ← ${
            how === 'twice' ? 'given twice' : 'an object'
          }`,
        }),
    });
    for (const { families, mustRefuse } of queryFamilies(parameter)) {
      sites.push({
        families,
        request: value =>
          request({
            url: `${validPath}?${q(name, value as string)}`,
            malformed: `query ${name} ← ${show(value)}`,
            mustRefuse,
          }),
      });
    }
  }
  for (const { name } of operation.pathParams) {
    const named = valid.path[name]?.toLocaleLowerCase('en-US');
    const path = (value: string, raw: boolean) =>
      request({
        url: pathOf(
          operation,
          { ...valid.path, [name]: value },
          raw ? new Set([name]) : undefined,
        ),
        malformed: `path ${name} ← ${show(value)}${raw ? ' (unescaped)' : ''}`,
      });
    sites.push(
      {
        families: [
          {
            cases: strangeNames.cases,
            random: strangeNames.random.filter(
              v => v.toLocaleLowerCase('en-US') !== named,
            ),
          },
        ],
        request: value => path(value as string, false),
      },
      {
        families: [brokenEscapes],
        request: value => path(value as string, true),
      },
    );
  }
  if (operation.headerParams.some(p => p.name.toLowerCase() === 'if-match')) {
    sites.push({
      families: [badEtags],
      request: etag =>
        request({
          headers: { ...valid.headers, 'If-Match': etag as string },
          malformed: `header If-Match ← ${etag}`,
        }),
    });
  }
  if (operation.body) {
    if (operation.body.required) {
      sites.push({
        families: [{ cases: [undefined] }],
        request: () => request({ body: undefined, malformed: 'no body' }),
      });
    }
    for (const site of bodySites(
      operation.body.schema,
      valid.body,
      'body',
      value => value,
    )) {
      sites.push({
        families: site.families,
        request: value =>
          request({ body: site.apply(value), malformed: site.describe(value) }),
      });
    }
  }
  return sites;
}

/**
 * Random requests to an operation that are wrong in exactly one place — a path parameter, the query
 * string, the If-Match header or a field of the body, each place as likely as the others — and
 * otherwise the given valid request.
 */
export function malformedRequests(
  operation: ContractOperation,
  valid: ValidRequest,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .constantFrom(...sitesOf(operation, valid))
    .chain(site =>
      fc
        .oneof(...site.families.map(arbitraryOf))
        .map(value => site.request(value)),
    );
}

/**
 * The corner cases of an operation: at every site, the first value of each family of wrong values
 * (deep nesting, a megabyte string, a NUL byte, each wrong type, each bound just broken, …).
 * Send them all, every run, before the random ones.
 */
export function cornerCases(
  operation: ContractOperation,
  valid: ValidRequest,
): FuzzRequest[] {
  return sitesOf(operation, valid).flatMap(site =>
    site.families.map(family => site.request(family.cases[0])),
  );
}
