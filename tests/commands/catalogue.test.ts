import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { messagesFor } from '../../src/i18n/index.js';

const en = messagesFor('en');
import { makeTestBot, REPO_ROOT } from '../support/fixtures.js';

describe('command help comes from the message catalogue', () => {
  it('every command has its summary, usage and help in the catalogue, not in its file', () => {
    for (const c of commands) {
      const text = en.commands[c.name];
      expect(text, c.name).toBeDefined();
      expect(text!.summary, c.name).not.toBe('');
      expect(text!.usage.startsWith(c.name), c.name).toBe(true);
      const file = path.join(REPO_ROOT, 'commands', `${c.name}.ts`);
      const source = ['deadlines', 'events'].includes(c.name)
        ? readFileSync(path.join(REPO_ROOT, 'src/answers/list-command.ts'), 'utf8')
        : readFileSync(file, 'utf8');
      expect(source, c.name).not.toMatch(/^\s*(summary|usage|help):\s*['"`[]/m);
    }
  });

  it('"/cwg help <command>" and the refusal of a secretariat command use the catalogue\'s words', async () => {
    const t = await makeTestBot();
    const help = await t.ask('help reschedule');
    expect(help.text.split('\n')[0]).toBe(`/cwg ${en.commands.reschedule!.usage}`);
    expect(help.text).toContain(en.commands.reschedule!.help[0]);
    expect(help.text).toContain(en.help.also(['move', 'postpone']));
    const refused = await t.ask('reschedule cwg-42 2025-02-10', { id: 'U0DELEGATE', platform: 'slack' });
    expect(refused.text).toBe(en.error.forbidden(en.error.useCommand('reschedule')));
  });
});
