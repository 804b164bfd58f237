/** Actions for AI agents: the plugin's reads and a few permission-checked writes in the Backstage actions registry, served over MCP. */
export { registerPlatformProductActions } from './registerPlatformProductActions';
export { actionsRegistryServiceRef } from './actionsRegistry';
