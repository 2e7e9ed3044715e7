import { TeamsAdapter } from '@microsoft/teams-ai';
import type { TeamsConfig } from '../../config.js';

/**
 * The Bot Framework adapter for our registration. With an empty app id (tests, the Bot Framework
 * Emulator) botbuilder disables authentication both ways: inbound requests need no token and
 * outbound calls carry none.
 */
export function createTeamsAdapter(config: TeamsConfig | undefined): TeamsAdapter {
  if (!config) return new TeamsAdapter({});
  return new TeamsAdapter({
    MicrosoftAppId: config.appId,
    MicrosoftAppType: config.appType,
    ...(config.appPassword ? { MicrosoftAppPassword: config.appPassword } : {}),
    ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
  });
}
