import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { makeTestBot, tempDir } from '../support/fixtures.js';

const TEAMS_SEC = '3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b';
const env = { CWG_SECRETARIAT: `U0SECRET, S0CWGSEC, ${TEAMS_SEC}` };
const NOW = '2025-01-15T09:00:00+01:00';

describe('the secretariat role for editing', () => {
  it('a Slack user listed by id may edit', async () => {
    const t = await makeTestBot({ now: NOW, env });
    const reply = await t.ask('cancel strategic-plan-workshop', { id: 'U0SECRET', platform: 'slack' });
    expect(reply.tone).toBe('ok');
    expect(t.store.read().audit.at(-1)!.actor).toEqual({ id: 'U0SECRET', platform: 'slack' });
  });

  it('a Slack user in a listed user group may edit', async () => {
    const t = await makeTestBot({ now: NOW, env });
    const reply = await t.ask('done hlpf-2025-comments', { id: 'U0MEMBER', platform: 'slack', groups: ['S0OTHER', 'S0CWGSEC'] });
    expect(reply.tone).toBe('ok');
  });

  it('a Teams user listed by Entra object id may edit; the audit names the surface', async () => {
    const t = await makeTestBot({ now: NOW, env });
    const reply = await t.bot.handle(
      'edit igf-2025 notes="Hybrid"',
      { id: TEAMS_SEC.toUpperCase(), platform: 'teams', name: 'Dana' },
      { platform: 'teams', id: '19:abc' },
    );
    expect(reply.tone).toBe('ok');
    expect(t.store.read().audit.at(-1)).toMatchObject({ surface: 'teams', actor: { platform: 'teams', name: 'Dana' } });
  });

  it('everyone else is refused politely, told who can, logged, and nothing is written', async () => {
    const t = await makeTestBot({ now: NOW, env });
    const bytes = readFileSync(t.store.location);
    const callers = [
      { id: 'U0DELEGATE', platform: 'slack' as const, groups: ['S0OTHER'] },
      { id: '11111111-2222-3333-4444-555555555555', platform: 'teams' as const },
    ];
    for (const caller of callers) {
      for (const line of [
        'add event title=X date=2025-05-05',
        'edit igf-2025 place=Oslo',
        'reschedule cwg-42 2025-02-10',
        'cancel igf-2025',
        'done igf-2025',
        'announce rdf-2025 2025-05-05',
        'undo',
        'history igf-2025',
        'import x.json',
      ]) {
        const reply = await t.ask(line, caller);
        expect(reply.error?.code, line).toBe('FORBIDDEN');
        expect(reply.text).toMatch(/^Sorry, only the ITU secretariat can .+ Please ask the CWG-WSIS&SDG secretariat/);
      }
    }
    expect(readFileSync(t.store.location)).toEqual(bytes);
    const refusals = t.log.lines.filter((l) => l.includes('refused: not secretariat'));
    expect(refusals).toHaveLength(18);
    expect(refusals[0]).toMatch(/"command":"add","user":"U0DELEGATE","platform":"slack"/);
    // reading stays open to all
    expect((await t.ask('review', callers[0])).tone).toBe('ok');
    expect((await t.ask('export', callers[1])).file?.contentType).toBe('application/json');
    // and help only lists what the caller may run
    expect((await t.ask('help', callers[0])).text).not.toMatch(/reschedule/);
    expect((await t.ask('help')).text).toMatch(/reschedule/);
  });

  it("the CLI operator acts as the secretariat; --user runs with that chat user's role", async () => {
    const data = path.join(tempDir(), 'cwg.db.json');
    const out: string[] = [];
    const err: string[] = [];
    const run = (...args: string[]) =>
      runCli(
        [...args, '--data', data, '--now', NOW],
        env,
        (s) => out.push(s),
        (s) => err.push(s),
      );
    expect(await run('done', 'hlpf-2025-comments')).toBe(0);
    expect(out.join('\n')).toMatch(/Marked done "hlpf-2025-comments"/);
    expect(await run('cancel', 'igf-2025', '--user', 'U0DELEGATE')).toBe(1);
    expect(err.join('\n')).toMatch(/Sorry, only the ITU secretariat can use "\/cwg cancel"\. Please ask the CWG-WSIS&SDG secretariat/);
    expect(await run('cancel', 'igf-2025', '--user', 'slack:U0SECRET')).toBe(0);
    expect(await run('reschedule', 'cwg-42', '2025-02-30')).toBe(2);
    expect(err.join('\n')).toMatch(/not a real calendar date; write it like 2025-02-28/);
  });
});
