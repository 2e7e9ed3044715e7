/** Wording for the Microsoft Teams app (part of the English catalogue, see ../en.ts). Plain text; renderers escape. */
export const teams = {
  fact: {
    whenGeneva: 'When (Geneva)',
    yourTime: (tz: string) => `Your time (${tz})`,
    yourTimeNoZone: 'Your time',
  },
  button: {
    details: 'Details',
    subscribe: 'Subscribe this chat to reminders',
    edit: 'Edit',
    save: 'Save',
    download: 'Download the calendar file (.ics)',
    addToCalendar: 'Add to my calendar',
  },
  /** Channels and group chats: Teams lets bots send files only in a 1:1 chat, and no feed address is published. */
  fileNotSent:
    'Teams lets me send files only in a 1:1 chat: open a chat with me and send the same words ("ics …") to get the file. To subscribe to the calendar instead, ask the IT team for the feed address (CWG_PUBLIC_URL).',
  file: {
    /** The description on the file consent card (1:1 chats). */
    offer: (filename: string) => `${filename}: the calendar file to open in Outlook, Google Calendar or Apple Calendar. Allow to receive it.`,
    uploaded: (filename: string) => `Here is ${filename}. Open it to add the items to your calendar.`,
    uploadFailed: 'I could not deliver the calendar file. Ask again ("ics …") to get a new one.',
    declined: 'All right, no file sent. Ask again ("ics …") whenever you want it.',
  },
  moreItems: (n: number) => `…and ${n} more not shown here. Narrow the question with a tag, who must act or fewer days.`,
  welcome:
    'Hello! I answer questions about the events and action deadlines of the Council Working Group on WSIS and the SDGs. Try "next-deadline", "upcoming" or "help" (in a channel, mention me first: @CWG next-deadline).',
  unknownSubmit: 'That button is from an older card; ask again to get a fresh one.',
  form: {
    title: (title: string) => `Edit: ${title}`,
    fieldError: (message: string) => `⚠ ${message}`,
    fixBelow: 'Nothing was saved. Please correct the fields marked below and save again.',
    reason: 'Reason for the change (optional, kept in the audit trail)',
    reasonHint: 'e.g. new dates announced by the host',
    confirm: 'Yes, this date is right (it is far in the past or far ahead)',
    dateHint: '2025-03-04, 23–27 June 2025, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, 21 days before cwg-42',
    staleForm: 'Someone changed this item after this form was made. Here it is as it now stands:',
    labels: {
      title: 'Title',
      date: 'Date',
      status: 'Status',
      place: 'Place',
      who: 'Who must act (comma-separated: members, secretariat, chair, councillors, sectors, all-stakeholders)',
      tags: 'Tags (comma-separated)',
      sendTo: 'Send to',
      url: 'Link',
      source: 'Source paragraph of the outcomes report',
      organiser: 'Organiser',
      notes: 'Notes',
    },
  },
};
