import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/fixtures.js';

type Manifest = {
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; usage_hint: string; url: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { socket_mode_enabled: boolean; interactivity: { is_enabled: boolean }; event_subscriptions: { bot_events: string[] } };
};

const manifest = parse(readFileSync(path.join(REPO_ROOT, 'manifest/slack/manifest.yaml'), 'utf8')) as Manifest;
const slackSource = readdirSync(path.join(REPO_ROOT, 'src/platforms/slack'))
  .map((f) => readFileSync(path.join(REPO_ROOT, 'src/platforms/slack', f), 'utf8'))
  .join('\n');

/** Each scope and the Web API call (or feature) that needs it: a scope nobody uses is a defect. */
const SCOPE_USES: Record<string, RegExp> = {
  commands: /app\.command\('\/cwg'/,
  'chat:write': /chat\.(postMessage|postEphemeral)/,
  'users:read': /users\.info/,
  'im:write': /conversations\.open/,
  'usergroups:read': /usergroups\.users\.list/,
  'files:write': /files\.uploadV2/,
  'files:read': /url_private_download/,
  'im:history': /channel_type !== 'im'/,
  'channels:read': /users\.conversations/,
  'groups:read': /users\.conversations/,
  'channels:history': /conversations\.history/,
  'groups:history': /conversations\.history/,
};

describe('manifest/slack/manifest.yaml', () => {
  it('declares /cwg, the Home tab, interactivity, Socket Mode and app_home_opened', () => {
    expect(manifest.display_information.name).toBeTruthy();
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/cwg', usage_hint: expect.stringContaining('next-deadline') })]);
    expect(manifest.features.slash_commands[0]!.url).toMatch(/\/slack\/events$/);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened', 'message.im']);
  });

  it('asks only for scopes the code uses', () => {
    for (const scope of manifest.oauth_config.scopes.bot) {
      expect(SCOPE_USES[scope], `no known use for ${scope}`).toBeDefined();
      expect(slackSource, `${scope} is requested but nothing calls for it`).toMatch(SCOPE_USES[scope]!);
    }
    expect(slackSource).toMatch(/app\.event\('app_home_opened'/);
  });
});
