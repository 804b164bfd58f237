import { addUtcDays, utcDaysBetween } from '../core/utcDays';
import {
  checkExceptionEnd,
  deprecationPhase,
  exceptionState,
  isInViolation,
  isoWeek,
  reminderMilestone,
} from './deprecationRules';
import { assessDeprecation } from './assessDeprecation';

const SPEC = { announced: '2026-09-01', sunset: '2027-06-30' };

describe('deprecation rules', () => {
  it('counts UTC days and phases', () => {
    expect(utcDaysBetween('2026-11-25', '2027-06-30')).toBe(217);
    expect(addUtcDays('2027-06-30', 730)).toBe('2029-06-29');
    expect(deprecationPhase(SPEC, '2026-08-31')).toBe('scheduled');
    expect(deprecationPhase(SPEC, '2026-09-01')).toBe('announced');
    expect(deprecationPhase(SPEC, '2027-06-30')).toBe('announced');
    expect(deprecationPhase(SPEC, '2027-07-01')).toBe('sunset-passed');
  });

  it('expires requested and approved exceptions after their end date, not denied ones', () => {
    const end = '2027-09-30';
    expect(exceptionState({ status: 'approved', requestedEnd: end }, end)).toBe(
      'approved',
    );
    expect(
      exceptionState({ status: 'approved', requestedEnd: end }, '2027-10-01'),
    ).toBe('expired');
    expect(
      exceptionState({ status: 'requested', requestedEnd: end }, '2027-10-01'),
    ).toBe('expired');
    expect(
      exceptionState({ status: 'denied', requestedEnd: end }, '2027-10-01'),
    ).toBe('denied');
  });

  it('is in violation after the sunset without an approved exception', () => {
    const at = (today: string, state: any) =>
      isInViolation({ spec: SPEC, today, exceptionState: state });
    expect(at('2027-06-30', null)).toBe(false);
    expect(at('2027-07-01', null)).toBe(true);
    expect(at('2027-07-01', 'approved')).toBe(false);
    expect(at('2027-07-01', 'requested')).toBe(true);
    expect(at('2027-07-01', 'expired')).toBe(true);
  });

  it('refuses end dates in the past or beyond the maximum, naming the latest date', () => {
    const check = (requestedEnd: string) =>
      checkExceptionEnd({
        requestedEnd,
        today: '2026-11-25',
        sunset: '2027-06-30',
        maxDaysAfterSunset: 730,
      });
    expect(check('2026-11-25')).toBeUndefined();
    expect(check('2029-06-29')).toBeUndefined();
    expect(check('2029-06-30')).toBe(
      'requestedEnd 2029-06-30 is too late: an exception may last at most 730 days after the sunset (2027-06-30), so until 2029-06-29 at the latest',
    );
    expect(check('2026-11-24')).toBe(
      'requestedEnd 2026-11-24 is in the past; choose a date from 2026-11-25 on',
    );
    expect(check('2027-02-30')).toMatch(/YYYY-MM-DD — got "2027-02-30"/);
  });

  it('writes ISO weeks, the year taken from the Thursday', () => {
    expect(isoWeek('2027-06-30')).toBe('2027-W26');
    expect(isoWeek('2026-11-25')).toBe('2026-W48');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
  });

  it('names one milestone per window', () => {
    const at = (today: string) =>
      reminderMilestone({ spec: SPEC, today, leadDays: [7, 90, 30] });
    expect(at('2026-08-31')).toBeUndefined();
    expect(at('2026-09-01')).toBe('announced');
    expect(at('2027-03-31')).toBe('announced');
    expect(at('2027-04-01')).toBe('lead-90');
    expect(at('2027-05-31')).toBe('lead-30');
    expect(at('2027-06-23')).toBe('lead-7');
    expect(at('2027-06-30')).toBe('lead-7');
    expect(at('2027-07-01')).toBe('violation-2027-W26');
    expect(at('2027-07-05')).toBe('violation-2027-W27');
  });
});

describe('assessDeprecation', () => {
  const exception = (
    consumerRef: string,
    status: 'requested' | 'approved' | 'denied',
    requestedEnd: string,
    requestedAt = '2026-11-20T10:00:00.000Z',
  ) => ({
    id: `${consumerRef}-${requestedAt}`,
    deprecationRef: 'resource:default/docker-runtime',
    consumerRef,
    consumerOwnerRefs: ['group:default/team-a'],
    reason: 'busy',
    requestedEnd,
    status,
    requestedBy: 'user:default/a',
    requestedAt,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
  });
  const consumers = [
    {
      entityRef: 'component:default/a',
      ownerRefs: ['group:default/team-a'],
      via: ['resource:default/docker-runtime'],
    },
    {
      entityRef: 'component:default/b',
      ownerRefs: ['group:default/team-b'],
      via: ['resource:default/docker-runtime'],
    },
  ];

  it('counts violations, latest exceptions and keeps those of vanished consumers', () => {
    const result = assessDeprecation({
      spec: SPEC,
      today: '2027-08-01',
      consumers,
      exceptions: [
        exception(
          'component:default/a',
          'denied',
          '2027-12-31',
          '2026-10-01T00:00:00.000Z',
        ),
        exception('component:default/a', 'approved', '2027-12-31'),
        exception('component:default/gone', 'approved', '2027-12-31'),
      ],
    });
    expect(
      result.consumers.map(c => [
        c.entityRef,
        c.exception?.state ?? null,
        c.inViolation,
      ]),
    ).toEqual([
      ['component:default/a', 'approved', false],
      ['component:default/b', null, true],
    ]);
    expect(result.counts).toEqual({
      consumers: 2,
      consumerTeams: 2,
      violations: 1,
      exceptions: { requested: 0, approved: 1, denied: 0, expired: 0 },
    });
    expect(
      result.exceptions.map(e => [e.consumerRef, e.consumerInCatalog]),
    ).toEqual([
      ['component:default/a', true],
      ['component:default/gone', false],
      ['component:default/a', true],
    ]);
  });

  it('lets an expired exception stop counting', () => {
    const result = assessDeprecation({
      spec: SPEC,
      today: '2028-01-01',
      consumers,
      exceptions: [exception('component:default/a', 'approved', '2027-12-31')],
    });
    expect(result.counts.violations).toBe(2);
    expect(result.counts.exceptions.expired).toBe(1);
  });
});
