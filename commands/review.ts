import { resolveAll } from '../src/calendar/resolve.js';
import { defineCommand } from '../src/dispatch/command.js';
import { describeAll } from '../src/dispatch/reply-helpers.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'review',
  aliases: ['flagged'],
  group: 'query',
  summary: 'List the items flagged for review, with the report\'s own wording.',
  usage: 'review',
  help: ['Each item shows the date as printed in the report, the bot\'s reading and why it is flagged. Fix one with "/cwg edit <id> …".'],
  parse(words) {
    if (words.length) throw new UsageError('review takes no arguments.', 'review');
    return {};
  },
  run(_args, ctx) {
    const flagged = resolveAll(ctx.store.read().items).filter((o) => o.item.review.length);
    if (!flagged.length) return { tone: 'empty', sections: [], intro: [ctx.msg.empty.reviewNone] };
    return {
      tone: 'ok',
      detailed: true,
      heading: ctx.msg.heading.review,
      intro: [ctx.msg.editing.reviewIntro],
      sections: [{ items: describeAll(flagged, ctx) }],
    };
  },
});
