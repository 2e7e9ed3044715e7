import type { Command } from '../src/dispatch/command.js';
import deadlines from './deadlines.js';
import events from './events.js';
import help from './help.js';
import add from './add.js';
import edit from './edit.js';
import reschedule from './reschedule.js';
import announce from './announce.js';
import cancel from './cancel.js';
import done from './done.js';
import undo from './undo.js';
import history from './history.js';
import review from './review.js';
import exportCommand from './export.js';
import importCommand from './import.js';
import ics from './ics.js';
import nextDeadline from './next-deadline.js';
import nextEvent from './next-event.js';
import search from './search.js';
import show from './show.js';
import upcoming from './upcoming.js';
import subscribe from './subscribe.js';
import unsubscribe from './unsubscribe.js';
import subscriptions from './subscriptions.js';
import deliveries from './deliveries.js';
import language from './language.js';

/** Every /cwg subcommand, in the order "/cwg help" lists them within a group. */
export const commands: readonly Command[] = [
  nextDeadline,
  nextEvent,
  upcoming,
  deadlines,
  events,
  show,
  search,
  ics,
  add,
  edit,
  reschedule,
  announce,
  cancel,
  done,
  undo,
  history,
  review,
  exportCommand,
  importCommand,
  subscribe,
  unsubscribe,
  subscriptions,
  deliveries,
  language,
  help,
];
