import type { ConversationReference } from 'botbuilder';
import type { Db } from '../../store/db-schema.js';
import type { Store } from '../../store/store.js';

/**
 * Conversation references, kept in `db.platforms.teams.conversations` keyed by conversation id:
 * Teams only lets a bot post proactively through a reference it saw in an earlier activity.
 * Subscriptions also carry the reference in `conversation.ref` when they exist.
 */
export interface StoredReference {
  reference: Partial<ConversationReference>;
  kind: 'personal' | 'groupChat' | 'channel';
  teamId?: string;
  savedAt: string;
}

interface TeamsPlatformData {
  conversations: Record<string, StoredReference>;
}

export function teamsData(db: Readonly<Db>): TeamsPlatformData {
  const raw = db.platforms.teams as Partial<TeamsPlatformData> | undefined;
  return { conversations: { ...(raw?.conversations ?? {}) } };
}

export function findReference(db: Readonly<Db>, conversationId: string): StoredReference | undefined {
  return teamsData(db).conversations[conversationId];
}

/** Saves (or refreshes) a reference and fills it into that conversation's subscription, if any. */
export async function saveReference(store: Store, entry: StoredReference): Promise<void> {
  const id = entry.reference.conversation?.id;
  if (!id) return;
  const clean = JSON.parse(JSON.stringify(entry)) as StoredReference;
  const current = store.read();
  const known = teamsData(current).conversations[id];
  const subsNeedRef = current.subscriptions.some(
    (s) => isTeamsSub(s.conversation, id) && JSON.stringify(s.conversation.ref) !== JSON.stringify(clean.reference),
  );
  if (known && sameReference(known, clean) && !subsNeedRef) return;
  await store.update((db) => {
    const data = teamsData(db);
    data.conversations[id] = clean;
    db.platforms.teams = data;
    for (const sub of db.subscriptions) if (isTeamsSub(sub.conversation, id)) sub.conversation.ref = clean.reference;
  });
}

function isTeamsSub(conversation: { platform: string; id: string }, id: string): boolean {
  return conversation.platform === 'teams' && conversation.id === id;
}

function sameReference(a: StoredReference, b: StoredReference): boolean {
  return JSON.stringify(a.reference) === JSON.stringify(b.reference) && a.teamId === b.teamId && a.kind === b.kind;
}

/**
 * Forgets a conversation the bot was removed from: its reference and its subscription. Removing
 * the bot from a team removes it from every channel of that team, so `teamId` drops them all.
 * Returns the number of subscriptions dropped.
 */
export async function dropConversation(store: Store, where: { conversationId?: string; teamId?: string }): Promise<number> {
  return store.update((db) => {
    const data = teamsData(db);
    const matches = (conversationId: string, teamId: string | undefined) =>
      conversationId === where.conversationId || (where.teamId !== undefined && teamId === where.teamId);
    for (const [id, entry] of Object.entries(data.conversations)) {
      if (matches(id, entry.teamId)) delete data.conversations[id];
    }
    db.platforms.teams = data;
    const before = db.subscriptions.length;
    db.subscriptions = db.subscriptions.filter((s) => !(s.conversation.platform === 'teams' && matches(s.conversation.id, s.conversation.teamId)));
    return before - db.subscriptions.length;
  });
}
