/**
 * Test files that start a server (a real port: Bolt, the shared HTTP server, a Slack or Bot
 * Connector stand-in) or a child process (`npm start`, `npx cwg`, SIGKILL restarts). They run in
 * `npm test` only; `npm run test:unit` runs every other test file (vitest.config.ts). A new test
 * that starts either belongs here: tests/architecture/unit-suite.test.ts fails until it is.
 */
export const INTEGRATION_TEST_FILES = [
  // Not a server, but a timing test: it runs in a worker of its own (isolated), where the heap and module caches
  // left by the unit files sharing a worker (isolate: false) cannot add seconds of GC to one reader's 1 MB run.
  'tests/security/parsers-linear.test.ts',
  'tests/build/dist.test.ts',
  'tests/deploy/dockerfile.test.ts',
  'tests/http/health-details.test.ts',
  'tests/metrics/metrics-endpoint.test.ts',
  'tests/cli/cli.test.ts',
  'tests/console/console-chat.test.ts',
  'tests/export/feed-route.test.ts',
  'tests/export/ics-local-zone.test.ts',
  'tests/reminders/console-start.test.ts',
  'tests/reminders/restart-mid-fan-out.test.ts',
  'tests/reminders/slack-end-to-end.test.ts',
  'tests/reminders/slack-transport.test.ts',
  'tests/reminders/storms-and-failures.test.ts',
  'tests/security/feed.test.ts',
  'tests/security/http-limits.test.ts',
  'tests/security/outgoing-timeouts.test.ts',
  'tests/security/slack-requests.test.ts',
  'tests/slack/escaping.test.ts',
  'tests/slack/import-files.test.ts',
  'tests/slack/interactions.test.ts',
  'tests/slack/replayed-forms.test.ts',
  'tests/slack/slash-command.test.ts',
  'tests/slack/startup.test.ts',
  'tests/startup/startup-errors.test.ts',
  'tests/store/several-processes.test.ts',
  'tests/teams/file-consent.test.ts',
  'tests/teams/http-endpoint.test.ts',
  'tests/teams/import-files.test.ts',
  'tests/teams/package.test.ts',
  'tests/teams/note-language.test.ts',
  'tests/teams/proactive.test.ts',
  'tests/teams/reminder-delivery.test.ts',
  'tests/teams/shared-port.test.ts',
  // PostgreSQL (the run's embedded server, tests/support/postgres-global.ts), branch pg
  'tests/store/contract.test.ts',
  'tests/store/postgres.test.ts',
  'tests/cli/data-commands.test.ts',
  'tests/store/replicas.test.ts',
  // Each reminder once across replicas on PostgreSQL, branch replicas
  'tests/store/replica-fan-out.test.ts',
];
