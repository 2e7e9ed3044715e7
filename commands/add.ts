import { defineCommand } from '../src/dispatch/command.js';
import { createItem } from '../src/editing/api.js';
import { changeReply, metaFrom } from '../src/editing/change-reply.js';
import { readFieldWords, refuseLoose } from '../src/editing/command-args.js';
import { UsageError } from '../src/errors.js';

const FIELDS = ['title', 'date', 'place', 'notes', 'organiser', 'who', 'tags', 'sendTo', 'url', 'source', 'id', 'status'];

export default defineCommand({
  name: 'add',
  aliases: ['new', 'create'],
  group: 'edit',
  summary: 'Add an event or a deadline to the calendar.',
  usage: 'add event|deadline title="…" date="…" [place=… who=… tags=… send-to=… id=…]',
  secretariatOnly: true,
  help: [
    'A date more than a year back or more than three years ahead is probably a typo: the bot asks you to send the command again with "confirm" at the end.',
    'Dates: 2025-03-04, 4 March 2025, 23–27 June 2025, 2025-06-04..2025-06-05, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, "21 days before cwg-42".',
    'who: members, secretariat, chair, all-stakeholders, sectors, councillors (comma-separated). tags: igf,ai. The id is made from the title and year unless given.',
    'Example: /cwg add deadline title="Comments on the draft report" date="4 March 2025" who=members send-to=wsis-info@itu.int tags=wsis20',
  ],
  parse(words, ctx) {
    const usage = ctx.msg.editing.usage.add;
    const kind = words[0]?.toLowerCase();
    if (kind !== 'event' && kind !== 'deadline') throw new UsageError(ctx.msg.editing.missingKind, usage);
    const args = readFieldWords(words.slice(1), FIELDS, ctx.msg, usage);
    refuseLoose(args.rest, FIELDS, ctx.msg, usage);
    return { kind, ...args } as const;
  },
  async run({ kind, fields, confirm, reason }, ctx) {
    const { title = '', date = '', ...rest } = fields;
    const result = await createItem(ctx.store, { ...rest, kind, title, date } as Parameters<typeof createItem>[1], metaFrom(ctx, { reason, confirm }));
    return changeReply(result, 'add', ctx);
  },
});
