import { Request } from 'express';
import { rewordContractMessage } from './contractErrors';

const request = (parts: Partial<Request>) => parts as Request;

describe('rewordContractMessage', () => {
  it('names the field, says the rule in words and quotes what was sent', () => {
    const req = request({ body: { score: 11, comment: 'x'.repeat(5000) } });
    expect(rewordContractMessage('request/body/score must be <= 10', req)).toBe(
      'score must be at most 10 — got 11',
    );
    expect(
      rewordContractMessage('request/body/score must be integer', req),
    ).toBe('score must be a whole number — got 11');
    expect(
      rewordContractMessage(
        'request/body/comment must NOT have more than 2000 characters',
        req,
      ),
    ).toBe(
      `comment must NOT have more than 2000 characters — got "${'x'.repeat(
        60,
      )}…" (5000 characters)`,
    );
  });

  it('words every problem of a message, and missing or unknown fields without a value', () => {
    const req = request({ body: { days: 0, extra: true }, query: {} });
    expect(
      rewordContractMessage(
        "request/body/days must be >= 1, request/body must have required property 'roundId', request/body must NOT have additional properties",
        req,
      ),
    ).toBe(
      'days must be at least 1 — got 0; the request body must have the field roundId; add it; the request body has a field the API does not know; remove it (see the API docs)',
    );
  });

  it('words query parameters and nested paths', () => {
    const req = request({
      query: { status: 'bogus' },
      body: { points: [{ value: 'NaN' }] },
    });
    expect(
      rewordContractMessage(
        'request/query/status must be equal to one of the allowed values: exploring, committed, shipped, dropped',
        req,
      ),
    ).toBe(
      'query.status must be equal to one of the allowed values: exploring, committed, shipped, dropped — got "bogus"',
    );
    expect(
      rewordContractMessage('request/body/points/0/value must be number', req),
    ).toBe('points[0].value must be a number — got "NaN"');
  });

  it('leaves other messages alone', () => {
    expect(rewordContractMessage('score must be 0–10', request({}))).toBe(
      'score must be 0–10',
    );
  });
});
