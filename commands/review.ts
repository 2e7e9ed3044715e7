import { resolveAll } from '../src/calendar/resolve.js';
import { defineCommand } from '../src/dispatch/command.js';
import { describeAll } from '../src/answers/reply-helpers.js';
import { UsageError } from '../src/errors.js';

export default defineCommand({
  name: 'review',
  aliases: ['flagged'],
  group: 'query',
  parse(words, ctx) {
    if (words.length) throw new UsageError(ctx.msg.error.noArguments('review'), 'review');
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
