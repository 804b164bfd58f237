import { InputError } from '@backstage/errors';
import { describeValue } from '@platform-product/backstage-plugin-platform-product-common';
import { ErrorRequestHandler, Request } from 'express';

/** One problem as the contract's validator words it: `request/body/score must be <= 10`. */
const PROBLEM =
  /request\/(body|query|params|headers)(?:\/([^\s,]*))? (must .*?)(?=, request\/|$)/g;

/** The validator's phrases, in words a person reads. */
const PHRASES: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^must be <= (.+)$/, max => `must be at most ${max}`],
  [/^must be >= (.+)$/, min => `must be at least ${min}`],
  [/^must be < (.+)$/, max => `must be less than ${max}`],
  [/^must be > (.+)$/, min => `must be more than ${min}`],
  [/^must be integer$/, () => 'must be a whole number'],
  [/^must be number$/, () => 'must be a number'],
  [/^must be string$/, () => 'must be text'],
  [/^must be boolean$/, () => 'must be true or false'],
  [/^must be array$/, () => 'must be a list'],
  [/^must be object$/, () => 'must be an object'],
];

/** Phrases about the object that holds the field, where quoting the object says nothing. */
const ABOUT_THE_OBJECT: Array<[RegExp, (...groups: string[]) => string]> = [
  [
    /^must have required property '(.+)'$/,
    name => `must have the field ${name}; add it`,
  ],
  [
    /^must NOT have additional properties$/,
    () => 'has a field the API does not know; remove it (see the API docs)',
  ],
];

/** A field as messages name it: `points[0].value`, `query.status`, or the request body itself. */
function fieldName(part: string, path: string | undefined): string {
  let name = part === 'body' ? '' : part;
  for (const segment of (path ?? '').split('/').filter(Boolean)) {
    name += /^\d+$/.test(segment)
      ? `[${segment}]`
      : `${name ? '.' : ''}${decodeURIComponent(segment)}`;
  }
  return name || 'the request body';
}

/** The value at a path such as `points/0/value` in a request part. */
function valueAt(part: unknown, path: string | undefined): unknown {
  let value = part;
  for (const key of (path ?? '').split('/').filter(Boolean)) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[decodeURIComponent(key)];
  }
  return value;
}

/**
 * Rewords what the contract's request validator says (`request/body/score must be <= 10`) as a
 * message that names the field and what was sent (`score must be at most 10 — got 11`), quoting the
 * value through describeValue so that no input is echoed unbounded. Other messages are unchanged.
 *
 * @internal
 */
export function rewordContractMessage(message: string, req: Request): string {
  const problems = [...message.matchAll(PROBLEM)];
  if (problems.length === 0) {
    return message;
  }
  return problems
    .map(([, part, path, phrase]) => {
      const field = fieldName(part, path);
      const about = ABOUT_THE_OBJECT.find(([pattern]) => pattern.test(phrase));
      if (about) {
        return `${field} ${about[1](...phrase.match(about[0])!.slice(1))}`;
      }
      const rule = PHRASES.find(([pattern]) => pattern.test(phrase));
      const words = rule ? rule[1](...phrase.match(rule[0])!.slice(1)) : phrase;
      const sent = valueAt((req as any)[part], path);
      return sent === undefined
        ? `${field} ${words}`
        : `${field} ${words} — got ${describeValue(sent)}`;
    })
    .join('; ');
}

/**
 * Rewords the contract validator's 400s (see {@link rewordContractMessage}); every other error
 * passes unchanged.
 *
 * @internal
 */
export function contractErrorWording(): ErrorRequestHandler {
  return (error, req, _res, next) => {
    if (error instanceof InputError && error.message.startsWith('request/')) {
      next(new InputError(rewordContractMessage(error.message, req)));
      return;
    }
    next(error);
  };
}
