import type { Command } from '../src/dispatch/command.js';
import deadlines from './deadlines.js';
import events from './events.js';
import help from './help.js';
import nextDeadline from './next-deadline.js';
import nextEvent from './next-event.js';
import search from './search.js';
import show from './show.js';
import upcoming from './upcoming.js';

/** Every /cwg subcommand, in the order "/cwg help" lists them within a group. */
export const commands: readonly Command[] = [
  nextDeadline,
  nextEvent,
  upcoming,
  deadlines,
  events,
  show,
  search,
  help,
];
