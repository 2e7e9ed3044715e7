// Child process for ics-local-zone.test.ts: prints the local UTC offset, then the calendar built from a data file.
import { buildCalendarIcs } from '../../src/export/build-ics.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';

const store = await openLowdbStore(process.argv[2]!);
process.stdout.write(`${new Date(Date.UTC(2025, 1, 11)).getTimezoneOffset()}\n${buildCalendarIcs(store.read().items).ics}`);
await store.close();
