import { describeValue } from '@platform-product/backstage-plugin-platform-product-common';

/**
 * Reads the fields the collator uses out of a JSON answer, and says exactly what is wrong when one
 * is not what the route promises, so that a malformed answer fails the collation instead of
 * indexing garbage: `GET /api/platform-product/platforms answered an unexpected body:
 * items[2].title must be a string — got 42`.
 */
export class AnswerShape {
  constructor(private readonly where: string) {}

  fail(path: string, expected: string, value: unknown): never {
    throw new Error(
      `${
        this.where
      } answered an unexpected body: ${path} must be ${expected} — got ${describeValue(
        value,
      )}; nothing was indexed (is the backend the version this module was built for?)`,
    );
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(path, 'an object', value);
    }
    return value as Record<string, unknown>;
  }

  array(value: unknown, path: string): unknown[] {
    return Array.isArray(value) ? value : this.fail(path, 'an array', value);
  }

  /** The `items` list of a `{ items: [...] }` body, each read as an object by `read`. */
  items<T>(
    body: unknown,
    read: (item: Record<string, unknown>, path: string) => T,
  ): T[] {
    return this.array(this.object(body, 'body').items, 'items').map(
      (value, i) => {
        const path = `items[${i}]`;
        return read(this.object(value, path), path);
      },
    );
  }

  string(record: Record<string, unknown>, key: string, path: string): string {
    const value = record[key];
    return typeof value === 'string'
      ? value
      : this.fail(`${path}.${key}`, 'a string', value);
  }

  optionalString(
    record: Record<string, unknown>,
    key: string,
    path: string,
  ): string | undefined {
    return record[key] === undefined || record[key] === null
      ? undefined
      : this.string(record, key, path);
  }

  strings(record: Record<string, unknown>, key: string, path: string) {
    return this.array(record[key], `${path}.${key}`).map((value, i) =>
      typeof value === 'string'
        ? value
        : this.fail(`${path}.${key}[${i}]`, 'a string', value),
    );
  }

  oneOf<T extends string>(
    record: Record<string, unknown>,
    key: string,
    path: string,
    values: readonly T[],
  ): T {
    const value = record[key];
    return (values as readonly unknown[]).includes(value)
      ? (value as T)
      : this.fail(`${path}.${key}`, `one of ${values.join(', ')}`, value);
  }

  boolean(record: Record<string, unknown>, key: string, path: string) {
    const value = record[key];
    return typeof value === 'boolean'
      ? value
      : this.fail(`${path}.${key}`, 'true or false', value);
  }
}
