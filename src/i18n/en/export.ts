/** Wording for the export features (part of the English catalogue, see ../en.ts). */
export const exporting = {
  /** X-WR-CALNAME of the feed and of exported files. */
  calendarName: 'CWG-WSIS&SDG calendar',
  calendarNameFiltered: (filter: string) => `CWG-WSIS&SDG calendar (${filter})`,
  calendarDescription: (document: string) =>
    `Events and action deadlines of the ITU Council Working Group on WSIS and the SDGs, from the ${document}. Dates of all-day items and date-only deadlines are Geneva dates; a date-only deadline is due at the end of that day, Geneva time.`,
  leftOutTba: (n: number) =>
    n === 1
      ? '1 item whose date is to be announced is not included yet; it appears once it has a date.'
      : `${n} items whose dates are to be announced are not included yet; they appear once they have a date.`,
  /** SUMMARY of a deadline, so it reads as one in a calendar grid. */
  deadlineSummary: (title: string) => `Deadline: ${title}`,
  cancelledSummary: (summary: string) => `Cancelled: ${summary}`,
  /** The VALARM text shown the day before a deadline. */
  deadlineAlarm: (title: string) => `Deadline tomorrow: ${title}`,
  deadlineDue: (when: string) => `Due ${when}`,
  statusLine: (status: string) => `Status: ${status}`,
  sourceLine: (label: string, wording?: string) => (wording ? `Source: ${label}: "${wording}"` : `Source: ${label}`),
  moreLine: (id: string) => `In the bot: /cwg show ${id}`,

  /** /cwg ics replies. */
  fileHeading: 'Calendar file (.ics)',
  fileHeadingOne: (title: string) => `Add to your calendar: ${title}`,
  fileCount: (n: number, cancelled: number) =>
    `${n === 1 ? '1 item' : `${n} items`} in the file${cancelled ? ` (${cancelled} cancelled, kept and marked as cancelled)` : ''}.`,
  fileOneHint: 'Open the file to add this item to Outlook, Google Calendar or Apple Calendar; importing it again later updates it rather than adding a copy.',
  fileOpenHint: 'Open or import the file in Outlook, Google Calendar or Apple Calendar. It is a snapshot: subscribe to the feed to receive changes.',
  subscribeHint: (url: string) => `Subscribe to stay up to date (Outlook: Add calendar › Subscribe from web; Google Calendar: Other calendars › From URL): ${url}`,
  noSubscribeUrl: 'Ask the IT team for the calendar feed address (CWG_PUBLIC_URL is not set) to subscribe and receive changes automatically.',
  nothingToExport: (filter: string) => `No dated items${filter} to put in a calendar file.`,
  itemUndated: (title: string) => `"${title}" has no date yet (to be announced), so there is nothing to add to a calendar. "/cwg ics" gives the whole calendar.`,
  savedTo: (path: string) => `Saved the calendar file to ${path}`,
  saveFailed: (dir: string, reason: string) => `Could not save the calendar file in ${dir}: ${reason}. Set CWG_EXPORT_DIR to a writable directory.`,

  /** HTTP feed answers (plain text bodies). */
  /** Must stay identical to the shared HTTP server's 404 body, so a refused token reveals nothing. */
  feedNotFound: 'not found\n',
  feedBadQuery: (message: string) => `Bad request: ${message}\n`,
  feedUnknownParam: (name: string, value: string, allowed: string[]) =>
    `"${value}" is not a valid ${name} value. Use one or more of: ${allowed.join(', ')} (comma-separated).`,
  feedUnknownItem: (id: string) => `No item has the id "${id}".\n`,
  feedItemUndated: (id: string) => `The item "${id}" has no date yet (to be announced).\n`,

  // --- hardening (issue 16): new words, for the integrator to port into the ICU catalogue ---
  feedBusy: 'The calendar feed is busy. Try again in a few seconds.\n',
  exportDirUnsafe: (dir: string, reason: 'symlink' | 'notDirectory' | 'notFile' | 'notOwned' | 'writableByOthers') =>
    `Refused to save the calendar file: ${dir} ${
      {
        symlink: 'is a symbolic link',
        notDirectory: 'is not a folder',
        notFile: 'exists and is not a plain file',
        notOwned: 'belongs to another user',
        writableByOthers: 'can be written by other users (group or world)',
      }[reason]
    }. Point CWG_EXPORT_DIR at a folder only you can write (chmod 700), or unset it to use the private folder beside the data file.`,
};
