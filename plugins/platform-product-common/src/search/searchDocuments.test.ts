import {
  isPlatformProductSearchDocument,
  platformTabPath,
} from './searchDocuments';

describe('platformTabPath', () => {
  it('links the Platform tab and its sections the way the portal routes them', () => {
    expect(platformTabPath('system:default/logging-platform')).toBe(
      '/catalog/default/system/logging-platform/platform',
    );
    expect(platformTabPath('System:acme/Logging', 'roadmap')).toBe(
      '/catalog/acme/system/Logging/platform?section=roadmap',
    );
  });

  it('refuses what is not an entity ref', () => {
    expect(() => platformTabPath('logging-platform')).toThrow(
      'platformRef must be an entity ref such as system:default/logging-platform — got "logging-platform"',
    );
  });
});

describe('isPlatformProductSearchDocument', () => {
  it('tells our documents from the catalog collator’s', () => {
    expect(
      isPlatformProductSearchDocument({
        documentKind: 'roadmap-item',
        platformRef: 'system:default/logging-platform',
      }),
    ).toBe(true);
    expect(
      isPlatformProductSearchDocument({ kind: 'System', title: 'Logging' }),
    ).toBe(false);
    expect(
      isPlatformProductSearchDocument({
        documentKind: 'persona',
        platformRef: 'system:default/logging-platform',
      }),
    ).toBe(false);
    expect(isPlatformProductSearchDocument(null)).toBe(false);
  });
});
