import {
  describeKeyResultBinding,
  formatKeyResultValue,
} from './formatKeyResultValue';

describe('formatKeyResultValue', () => {
  it('shows ratios as percentages, NPS signed, metrics with their unit', () => {
    expect(formatKeyResultValue({ type: 'adoption' }, 0.9048)).toBe('90.5 %');
    expect(
      formatKeyResultValue({ type: 'slo-attainment', slo: 'a' }, 0.99912),
    ).toBe('99.912 %');
    expect(formatKeyResultValue({ type: 'nps' }, 12)).toBe('+12');
    expect(formatKeyResultValue({ type: 'nps' }, -4)).toBe('-4');
    const lead = {
      type: 'metric',
      metric: 'lead_time_hours',
      aggregation: 'p50',
      window: '28d',
    } as const;
    expect(formatKeyResultValue(lead, 7.456)).toBe('7.46 hours');
    expect(
      formatKeyResultValue(
        { ...lead, metric: 'deployments', aggregation: 'rate' },
        3.5,
      ),
    ).toBe('3.5 deployments a day');
    expect(
      formatKeyResultValue({ ...lead, metric: 'deploy_api_requests_total' }, 3),
    ).toBe('3');
    const docker = {
      type: 'deprecation-consumers',
      deprecationRef: 'resource:default/docker-runtime',
    } as const;
    expect(formatKeyResultValue(docker, 1)).toBe('1 consumer');
    expect(formatKeyResultValue(docker, 12)).toBe('12 consumers');
    expect(describeKeyResultBinding(docker)).toBe(
      'consumers still on resource:default/docker-runtime',
    );
  });
});

describe('describeKeyResultBinding', () => {
  it('says what is measured', () => {
    expect(
      describeKeyResultBinding({
        type: 'metric',
        metric: 'deployments',
        aggregation: 'rate',
        window: '7d',
        labels: { env: 'prod' },
      }),
    ).toBe('rate of deployments over 7d (env=prod)');
    expect(
      describeKeyResultBinding({
        type: 'slo-attainment',
        slo: 'deploy-api-availability',
      }),
    ).toBe('attainment of SLO deploy-api-availability');
  });
});
