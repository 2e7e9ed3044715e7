/** Calendar export: what the platform adapters and the HTTP server use. */
export {
  buildCalendarIcs,
  buildItemIcs,
  FEED_REFRESH_SECONDS,
  ICS_CONTENT_TYPE,
  ICS_ITEM_CONTENT_TYPE,
  SEED_STAMP,
  type CalendarIcs,
  type CalendarIcsOptions,
} from './build-ics.js';
export { calendarFileReply, calendarFilename, FEED_PATH, feedUrl, icsFileForItem, itemFileReply, type FeedQuery, type IcsFile } from './export-reply.js';
export { uidFor, UID_DOMAIN } from './item-event.js';
export { defaultExportDir, saveReplyFile, saveReplyFileAndSay } from './save-reply-file.js';
