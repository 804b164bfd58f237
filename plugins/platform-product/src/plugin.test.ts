import { platformProductPlugin } from './plugin';

describe('platform-product', () => {
  it('should export plugin', () => {
    expect(platformProductPlugin).toBeDefined();
  });
});
