import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.js';

/** Bolt's logger interface on top of ours, so Slack's own messages land in the same log. */
export function toBoltLogger(log: Logger, level: LogLevel = LogLevel.INFO): BoltLogger {
  let current = level;
  const join = (msgs: unknown[]) => msgs.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  const enabled = (l: LogLevel) => {
    const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];
    return order.indexOf(l) >= order.indexOf(current);
  };
  return {
    debug: () => {},
    info: (...m: unknown[]) => enabled(LogLevel.INFO) && log.info(`slack: ${join(m)}`),
    warn: (...m: unknown[]) => enabled(LogLevel.WARN) && log.warn(`slack: ${join(m)}`),
    error: (...m: unknown[]) => log.error(`slack: ${join(m)}`),
    setLevel: (l: LogLevel) => {
      current = l;
    },
    getLevel: () => current,
    setName: () => {},
  };
}
