import type { LastCommand } from '../editing/last-command.js';

/** Each editor's last editing command (see src/editing/last-command.ts), kept by the bot for its lifetime. */
export class LastCommands {
  private readonly byActor = new Map<string, LastCommand>();

  get(actor: { id: string; platform: string }): LastCommand | undefined {
    return this.byActor.get(`${actor.platform}:${actor.id}`);
  }

  record(actor: { id: string; platform: string }, last: LastCommand): void {
    const key = `${actor.platform}:${actor.id}`;
    this.byActor.delete(key);
    this.byActor.set(key, last);
    // bounded: the oldest editors are forgotten first
    if (this.byActor.size > 1000) this.byActor.delete(this.byActor.keys().next().value!);
  }
}
