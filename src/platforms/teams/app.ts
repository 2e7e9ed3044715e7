import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import { type Activity, ActivityTypes, type ConversationReference, TurnContext } from 'botbuilder';
import type { Bot } from '../../bot.js';
import type { Conversation } from '../../dispatch/context.js';
import { sanitizeInput, stripCommandPrefix, tokenize } from '../../dispatch/input.js';
import { feedUrl } from '../../export/export-reply.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reply } from '../../render/reply.js';
import { callerOf, channelConversationId, channelDataOf, commandLineOf, conversationKind, conversationOf, includesBot, notesFor, trustOf } from './activity.js';
import { dropConversation, saveReference } from './references.js';
import { cardActivity, cardOptions, replyActivity, textActivity } from './replies.js';
import { createEditForms } from './edit-forms.js';
import { createActivityGuard } from './activity-guard.js';
import { acceptFileConsent, declineFileConsent, fileConsentActivity } from './file-consent.js';
import { lineForSubmit, type SubmitHandler } from './submit.js';
import { attachedFiles, downloadTeamsFile } from './import-files.js';
import { renderDraftCard } from '../../render/import-draft-card.js';
import type { HandleExtras } from '../../bot.js';

export interface TeamsAppOptions {
  bot: Bot;
  /** The production adapter (TeamsAdapter/CloudAdapter); tests drive the app with botbuilder's TestAdapter instead. */
  adapter?: TeamsAdapter;
  /** Needed for proactive sends through the Application (continueConversationAsync). */
  botAppId?: string;
  /** Secretariat card forms (edit/save); the editing API's forms by default. */
  forms?: SubmitHandler;
  /** Tests: attachments may be downloaded over http from loopback (production needs https). */
  allowLoopbackDownloads?: boolean;
}

/**
 * The Teams bot: command words in 1:1 chats, "@CWG …" in channels and group chats, card buttons,
 * and the install/uninstall events that keep the conversation references proactive messages need.
 */
export function createTeamsApplication(opts: TeamsAppOptions): Application {
  const { bot } = opts;
  const forms = opts.forms ?? createEditForms(bot);
  const log = bot.deps.log;
  const guard = createActivityGuard(bot.deps.store, log);
  const app = new Application({
    ...(opts.adapter ? { adapter: opts.adapter } : {}),
    ...(opts.botAppId ? { botAppId: opts.botAppId } : {}),
    startTypingTimer: false,
    // We strip the mention ourselves (commandLineOf) so forwarded "<at>…</at>" text is handled too.
    removeRecipientMention: false,
    longRunningMessages: false,
  });

  const hasCommand = (name: string) => bot.command(name) !== undefined;

  const remember = (ctx: TurnContext) => {
    const a = ctx.activity;
    const teamId = channelDataOf(a).team?.id;
    return saveReference(bot.deps.store, {
      reference: referenceOf(a),
      kind: conversationKind(a),
      ...(teamId ? { teamId } : {}),
      savedAt: bot.deps.clock().toISOString(),
    });
  };

  const forget = async (ctx: TurnContext, wholeTeam: boolean) => {
    const a = ctx.activity;
    const teamId = channelDataOf(a).team?.id;
    const dropped = await dropConversation(bot.deps.store, {
      conversationId: channelConversationId(a.conversation.id),
      ...(wholeTeam && teamId ? { teamId } : {}),
    });
    log.info('teams: bot removed, conversation forgotten', { conversation: a.conversation.id, team: teamId, subscriptionsDropped: dropped });
  };

  const reply = async (ctx: TurnContext, line: string, conversation: Conversation = conversationOf(ctx.activity), extras?: HandleExtras) => {
    const caller = callerOf(ctx.activity, trustOf(bot));
    const result = await bot.handle(line, caller, conversation, extras);
    const isSecretariat = bot.contextFor(caller).isSecretariat;
    const msg = result.lang ? messagesFor(result.lang) : bot.messagesFor(caller, conversation);
    // Teams lets a bot send files only in 1:1 chats (file consent card); elsewhere, feed links.
    const personal = conversationKind(ctx.activity) === 'personal';
    const options = cardOptions(msg, caller.tz, {
      subscribe: hasCommand('subscribe') && result.tone === 'ok',
      edit: isSecretariat,
      ...downloadOption(result, bot),
      fileOffered: personal && Boolean(result.file),
      addToCalendar: personal ? 'file' : (id) => feedUrl(bot.deps.config, { id }),
    });
    // An import draft page: one card with Accept / Reject per proposal and the page's actions.
    const draftCard = renderDraftCard(result, msg);
    await ctx.sendActivity(draftCard ? cardActivity(draftCard, result.text) : replyActivity(result, options));
    if (personal && result.file) {
      // Teams refuses the consent card when the installed app lacks supportsFiles: say so, do not fail the turn.
      await ctx.sendActivity(fileConsentActivity(result.file, line, msg.teams.file.offer(result.file.filename))).catch(async (err: unknown) => {
        log.warn('teams: file consent card refused', { error: err instanceof Error ? err.message : String(err) });
        await ctx.sendActivity(textActivity(msg.teams.file.uploadFailed));
      });
    }
    return result;
  };

  // Accepting twice (a redelivered invoke) would upload the file twice.
  app.fileConsentAccept(async (ctx, _state, response) => {
    if (await guard.first(ctx.activity, true)) await acceptFileConsent(ctx, response, bot);
  });
  app.fileConsentDecline(async (ctx) => declineFileConsent(ctx, bot));

  app.conversationUpdate('membersAdded', async (ctx) => {
    if (!includesBot(ctx.activity.membersAdded, ctx.activity)) return;
    await remember(ctx);
    await ctx.sendActivity(textActivity(notesFor(bot, ctx.activity).teams.welcome));
  });

  app.conversationUpdate('membersRemoved', async (ctx) => {
    if (!includesBot(ctx.activity.membersRemoved, ctx.activity)) return;
    await forget(ctx, true);
  });

  app.conversationUpdate('teamDeleted', async (ctx) => forget(ctx, true));
  app.conversationUpdate('teamHardDeleted', async (ctx) => forget(ctx, true));

  app.activity(ActivityTypes.InstallationUpdate, async (ctx) => {
    const action = String(ctx.activity.action ?? '');
    if (action.startsWith('remove')) await forget(ctx, true);
    else if (action.startsWith('add')) await remember(ctx);
  });

  app.activity(ActivityTypes.Message, async (ctx) => {
    const a = ctx.activity;
    // A redelivered or replayed activity (same id) acts once, whichever process it reaches.
    if (!(await guard.first(a, changesOrPosts(a)))) {
      log.info('teams: repeated activity ignored', { activity: a.id, conversation: a.conversation?.id });
      return;
    }
    try {
      await onMessage(ctx);
    } catch (err) {
      await guard.forget(a);
      throw err;
    }
  });

  /** Card submissions, attached files and commands other than questions change data or post: claimed in the store. */
  const changesOrPosts = (a: Activity): boolean => {
    if (a.value !== undefined && a.value !== null && !a.text) {
      const line = lineForSubmit(a.value);
      return line === undefined || !isQuestion(line, callerOf(a, trustOf(bot)));
    }
    if (conversationKind(a) === 'personal' && attachedFiles(a).length) return true;
    return !isQuestion(commandLineOf(a), callerOf(a, trustOf(bot)));
  };

  const isQuestion = (line: string, caller: ReturnType<typeof callerOf>): boolean => {
    const command = bot.answering(line, caller);
    return command?.group === 'query' && command.name !== 'help';
  };

  const onMessage = async (ctx: TurnContext) => {
    const a = ctx.activity;
    const msg = bot.messagesFor(callerOf(a, trustOf(bot)), conversationOf(a));
    if (a.value !== undefined && a.value !== null && !a.text) {
      const caller = callerOf(a, trustOf(bot));
      const line = lineForSubmit(a.value);
      if (line === undefined) {
        const handled = await forms.handle(ctx, a.value, caller);
        if (!handled) await ctx.sendActivity(textActivity(msg.teams.unknownSubmit));
        return;
      }
      await runLine(ctx, line);
      return;
    }
    const files = conversationKind(a) === 'personal' ? attachedFiles(a) : [];
    if (files.length) {
      await importAttachment(ctx, files[0]!);
      return;
    }
    await runLine(ctx, commandLineOf(a));
  };

  /** A file attached in the 1:1 chat: "Reading…", then the draft card (the import command checks the role and the file). */
  const importAttachment = async (ctx: TurnContext, file: ReturnType<typeof attachedFiles>[number]) => {
    const caller = callerOf(ctx.activity, trustOf(bot));
    const msg = notesFor(bot, ctx.activity);
    if (!bot.contextFor(caller).isSecretariat) {
      await reply(ctx, 'import');
      return;
    }
    await ctx.sendActivity(textActivity(msg.intake.reading(file.name)));
    const incoming = await downloadTeamsFile(file, bot.deps.config.importMaxMb * 1024 * 1024, opts.allowLoopbackDownloads === true);
    await reply(ctx, 'import', conversationOf(ctx.activity), { files: [incoming] });
  };

  const runLine = async (ctx: TurnContext, line: string) => {
    const subscribing = firstCommandOf(line) === 'subscribe' && hasCommand('subscribe');
    // The subscription carries the reference (reminders need it to post here); it is also kept
    // with the other conversation references, for installations that predate the subscription.
    const conversation = subscribing ? { ...conversationOf(ctx.activity), ref: referenceOf(ctx.activity) } : conversationOf(ctx.activity);
    const result = await reply(ctx, line, conversation);
    if (subscribing && result.tone === 'ok') await remember(ctx);
  };

  const firstCommandOf = (line: string): string | undefined => {
    try {
      const [first] = stripCommandPrefix(tokenize(sanitizeInput(line)));
      return first ? bot.command(first)?.name : undefined;
    } catch {
      return undefined;
    }
  };

  app.error(async (ctx, err) => {
    log.error('teams: turn failed', { error: err instanceof Error ? err.message : String(err), activity: ctx.activity?.type });
    if (ctx.activity?.type === ActivityTypes.Message) {
      await ctx.sendActivity(textActivity(notesFor(bot, ctx.activity).error.internal)).catch(() => undefined);
    }
  });

  return app;
}

/** A reply carrying a calendar file: link to the same file on the feed (CWG_PUBLIC_URL), if published. */
function downloadOption(reply: Reply, bot: Bot): { download?: string } {
  if (!reply.file) return {};
  const exported = (reply.data as { export?: { id?: string; feedUrl?: string } } | undefined)?.export;
  const url = exported?.id ? feedUrl(bot.deps.config, { id: exported.id }) : exported?.feedUrl;
  return url ? { download: url } : {};
}

/** Where to post later: the channel itself (not the thread of the message that mentioned us). */
function referenceOf(activity: Activity): Partial<ConversationReference> {
  const reference = TurnContext.getConversationReference(activity);
  delete reference.activityId;
  if (reference.conversation) reference.conversation = { ...reference.conversation, id: channelConversationId(reference.conversation.id) };
  return JSON.parse(JSON.stringify(reference)) as Partial<ConversationReference>;
}
