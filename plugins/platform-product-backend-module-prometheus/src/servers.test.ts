import { ConfigReader } from '@backstage/config';
import {
  PrometheusServer,
  readPrometheusServers,
  resolveServers,
} from './servers';

const resolve = (servers: PrometheusServer[]) => resolveServers(servers);

describe('readPrometheusServers', () => {
  it('reads every setting of every server', () => {
    const server = {
      id: 'b',
      baseUrl: 'https://b.example.com/prom',
      default: true,
      bearerToken: 't',
      headers: { 'X-Scope-OrgID': 'x' },
      timeoutSeconds: 5,
      stepSeconds: 60,
    };
    expect(
      readPrometheusServers(
        new ConfigReader({
          platformProduct: {
            prometheus: { servers: [{ id: 'a', baseUrl: 'http://a' }, server] },
          },
        }),
      ),
    ).toEqual([{ id: 'a', baseUrl: 'http://a' }, server]);
    expect(readPrometheusServers(new ConfigReader({}))).toEqual([]);
  });
});

describe('resolveServers', () => {
  it('fills in the defaults and picks the default server', () => {
    const only = resolve([{ id: 'main', baseUrl: 'http://prometheus:9090/' }]);
    expect(only.defaultServer).toEqual({
      id: 'main',
      baseUrl: 'http://prometheus:9090',
      headers: {},
      timeoutMs: 30_000,
      stepSeconds: 300,
      address: 'prometheus:9090',
      key: 'platformProduct.prometheus.servers[0]',
    });

    const marked = resolve([
      { id: 'a', baseUrl: 'http://a' },
      {
        id: 'b',
        baseUrl: 'https://b.example.com/prom',
        default: true,
        bearerToken: 't',
        headers: { 'X-Scope-OrgID': 'x' },
        timeoutSeconds: 5,
        stepSeconds: 60,
      },
    ]);
    expect(marked.defaultServer).toMatchObject({
      id: 'b',
      address: 'b.example.com:443',
      headers: { Authorization: 'Bearer t', 'X-Scope-OrgID': 'x' },
      timeoutMs: 5_000,
      stepSeconds: 60,
    });
    expect(
      resolve([
        { id: 'a', baseUrl: 'http://a' },
        { id: 'b', baseUrl: 'http://b' },
      ]).defaultServer?.id,
    ).toBe('a');
  });

  it('takes no server as no server: no default, nothing to refuse', () => {
    expect(resolve([])).toEqual({ servers: [], defaultServer: undefined });
  });

  it.each<[PrometheusServer[], RegExp]>([
    [
      [
        { id: 'a', baseUrl: 'http://a' },
        { id: 'a', baseUrl: 'http://b' },
      ],
      /^platformProduct.prometheus.servers\[1\].id a is also the id of platformProduct.prometheus.servers\[0\]; give each server its own id$/,
    ],
    [
      [{ id: 'a', baseUrl: 'ftp://a' }],
      /^platformProduct.prometheus.servers\[0\].baseUrl must start with http:\/\/ or https:\/\//,
    ],
    [
      [{ id: 'a', baseUrl: 'prometheus:9090x' }],
      /servers\[0\].baseUrl must (be an|start with) http/,
    ],
    [
      [{ id: 'a', baseUrl: 'http://u:p@a' }],
      /servers\[0\].baseUrl must not hold a user name or password/,
    ],
    [
      [
        { id: 'a', baseUrl: 'http://a', default: true },
        { id: 'b', baseUrl: 'http://b', default: true },
      ],
      /^platformProduct.prometheus.servers\[0\].default and platformProduct.prometheus.servers\[1\].default are both true; mark only one server as the default$/,
    ],
    [[{ id: 'a b', baseUrl: 'http://a' }], /servers\[0\].id must be a name/],
    [
      [{ id: 'a', baseUrl: 'http://a', stepSeconds: 0.5 }],
      /servers\[0\].stepSeconds must be a whole number of seconds/,
    ],
    [
      [{ id: 'a', baseUrl: 'http://a', timeoutSeconds: 0 }],
      /servers\[0\].timeoutSeconds must be a number of seconds above 0/,
    ],
    [
      [
        {
          id: 'a',
          baseUrl: 'http://a',
          bearerToken: 't',
          headers: { authorization: 'Basic x' },
        },
      ],
      /servers\[0\] sets both bearerToken and headers.Authorization/,
    ],
  ])('refuses %j, naming the key', (servers, message) => {
    expect(() => resolve(servers)).toThrow(message);
  });
});
