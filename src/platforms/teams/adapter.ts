import { TeamsAdapter } from '@microsoft/teams-ai';
import type { TeamsConfig } from '../../config/app-config.js';
import { withConnectorTimeout } from './connector-timeout.js';

/** How long one call to the Bot Connector may take when the configuration names no CWG_HTTP_TIMEOUT_SECONDS. */
export const DEFAULT_CONNECTOR_TIMEOUT_MS = 15_000;

/**
 * The Bot Framework adapter for our registration. With an empty app id (tests, the Bot Framework
 * Emulator) botbuilder disables authentication both ways: inbound requests need no token and
 * outbound calls carry none.
 */
export function createTeamsAdapter(config: TeamsConfig | undefined, timeoutMs = DEFAULT_CONNECTOR_TIMEOUT_MS): TeamsAdapter {
  if (!config) return withConnectorTimeout(new TeamsAdapter({}), timeoutMs);
  return withConnectorTimeout(
    new TeamsAdapter({
      MicrosoftAppId: config.appId,
      MicrosoftAppType: config.appType,
      ...(config.appPassword ? { MicrosoftAppPassword: config.appPassword } : {}),
      ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
    }),
    timeoutMs,
  );
}
