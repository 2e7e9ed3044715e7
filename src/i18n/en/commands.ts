/**
 * How each /cwg command presents itself in "/cwg help" (part of the English catalogue, see ../en.ts).
 * Keyed by command name; a catalogue in another language gives its own, and the help command reads
 * the caller's catalogue first. Commands not listed here (added later) fall back to their own text.
 */
export interface CommandText {
  summary: string;
  usage: string;
  help: string[];
}

export const commandText = {
  'next-deadline': {
    summary: 'The next action deadline (all deadlines due that same day).',
    usage: 'next-deadline [tag | who-must-act …]',
    help: [
      'Shows the next deadline that is not yet past, with every other deadline due the same day.',
      'Narrow it with a tag (igf, cstd, wsis20, hlpf, gdc, ai, council, rdf…) or with who must act (members, secretariat, chair).',
      'Example: /cwg next-deadline members',
    ],
  },
  'next-event': {
    summary: 'The next event, and any event under way.',
    usage: 'next-event [tag | who-must-act …]',
    help: [
      'Shows events happening now and the next one to start.',
      'Example: /cwg next-event igf',
    ],
  },
  upcoming: {
    summary: 'Events and deadlines in the next N days (default 30).',
    usage: 'upcoming [N days] [tag | who-must-act …]',
    help: [
      'Lists what starts or falls due in the coming days, and events under way.',
      'Examples: /cwg upcoming, /cwg upcoming 90, /cwg upcoming 14 days members',
    ],
  },
  deadlines: {
    summary: 'All upcoming deadlines (add "past" or "all" to see earlier ones).',
    usage: 'deadlines [past | all] [tag | who-must-act …]',
    help: [
      'Lists deadlines that are not over yet, then those whose date is to be announced.',
      '"/cwg deadlines past" lists those that are over (latest first); "/cwg deadlines all" lists everything.',
      'Example: /cwg deadlines past wsis20',
    ],
  },
  events: {
    summary: 'All upcoming events (add "past" or "all" to see earlier ones).',
    usage: 'events [past | all] [tag | who-must-act …]',
    help: [
      'Lists events that are not over yet, then those whose date is to be announced.',
      '"/cwg events past" lists those that are over (latest first); "/cwg events all" lists everything.',
      'Example: /cwg events past wsis20',
    ],
  },
  show: {
    summary: 'Everything about one item: dates, place, who must act, source paragraph.',
    usage: 'show <id>',
    help: [
      'Shows one item in full, with the report paragraph it comes from and any earlier dates.',
      'Example: /cwg show igf-2025',
    ],
  },
  search: {
    summary: 'Find items by words in their title, place, tags or source paragraph.',
    usage: 'search <words>',
    help: [
      'Every word must match. Accents and case do not matter.',
      'Examples: /cwg search unesco forum, /cwg search 6.7.9',
    ],
  },
  add: {
    summary: 'Add an event or a deadline to the calendar.',
    usage: 'add event|deadline title="…" date="…" [place=… who=… tags=… send-to=… id=…]',
    help: [
      'A date more than a year back or more than three years ahead is probably a typo: the bot asks you to send the command again with "confirm" at the end.',
      'Dates: 2025-03-04, 4 March 2025, 23–27 June 2025, 2025-06-04..2025-06-05, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, "21 days before cwg-42".',
      'who: members, secretariat, chair, all-stakeholders, sectors, councillors (comma-separated). tags: igf,ai. The id is made from the title and year unless given.',
      'Example: /cwg add deadline title="Comments on the draft report" date="4 March 2025" who=members send-to=wsis-info@itu.int tags=wsis20',
    ],
  },
  edit: {
    summary: 'Change fields of an item.',
    usage: 'edit <id> field=value …',
    help: [
      'Fields: title, date, place, notes, who, tags, send-to, url, organiser, source (report paragraph), status, kind. An empty value clears a field (place="").',
      'Changing date= corrects the date (use reschedule when the date moved). rev=N refuses the change if someone changed the item since you saw revision N.',
      "review=resolved clears an item's review flags (\"date as printed in the report\") once the secretariat has checked the date; history keeps them.",
      'Example: /cwg edit igf-2025 place="Lillestrøm, Norway" tags=igf,ai',
    ],
  },
  reschedule: {
    summary: 'Move an item to a new date (deadlines tied to it move too).',
    usage: 'reschedule <id> <date or range> [reason="…"]',
    help: [
      'A date more than a year back or more than three years ahead is probably a typo: the bot asks you to send the command again with "confirm" at the end.',
      'The old date is kept and shown as "previously". Deadlines counted from this item ("three weeks prior to the meeting") move with it; the reply lists them.',
      'Example: /cwg reschedule cwg-42 10-11 February 2025 reason="room change"',
    ],
  },
  announce: {
    summary: 'Give a date to an item whose date was to be announced.',
    usage: 'announce <id> <date or range>',
    help: [
      'Deadlines counted from this item get their dates too; the reply lists them.',
      'Example: /cwg announce council-2025 2025-06-17..2025-06-27',
    ],
  },
  cancel: {
    summary: 'Mark an item cancelled (it stays in the calendar, marked so).',
    usage: 'cancel <id> [reason]',
    help: [
      'Reminders stop; subscribers are told. "/cwg undo" reverts it.',
      'Example: /cwg cancel strategic-plan-workshop moved online, see next meeting',
    ],
  },
  done: {
    summary: 'Mark an item done (the action was taken).',
    usage: 'done <id>',
    help: [
      'Example: /cwg done hlpf-2025-comments',
    ],
  },
  undo: {
    summary: 'Revert your own most recent change.',
    usage: 'undo',
    help: [
      'Only when nobody changed the item since; otherwise it says who did and when. Run it again to go further back.',
    ],
  },
  history: {
    summary: 'Show who changed an item, when, from where, and what changed.',
    usage: 'history <id>',
    help: [
      'Example: /cwg history cwg-42',
    ],
  },
  review: {
    summary: "List the items flagged for review, with the report's own wording.",
    usage: 'review',
    help: [
      "Each item shows the date as printed in the report, the bot's reading and why it is flagged. Fix one with \"/cwg edit <id> …\".",
    ],
  },
  export: {
    summary: 'The whole calendar as a JSON file (what "import" reads back).',
    usage: 'export',
    help: [
      'Items only: no audit trail, subscriptions or delivery records.',
    ],
  },
  import: {
    summary: 'Load items from a calendar JSON file, after showing what would change.',
    usage: "import <path | 'json'> [confirm <code>]",
    help: [
      'First run shows the differences and a confirmation code; nothing changes until you run it again with "confirm <code>".',
      'Items in the file are added or replace the item with the same id; items not in the file are kept. "/cwg undo" reverts a whole import.',
      "A path works on the bot's own command line (npx cwg import backup.json); in chat, paste small JSON in single quotes.",
    ],
  },
  help: {
    summary: 'List the commands, or explain one.',
    usage: 'help [command]',
    help: [

    ],
  },

} satisfies Record<string, CommandText>;
