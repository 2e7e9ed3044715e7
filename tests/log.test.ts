import { describe, expect, it } from 'vitest';
import { createLogger, memoryLogger, resolveLogFormat } from '../src/log.js';

const at = () => new Date('2025-06-16T07:00:00.000Z');

describe('log lines', () => {
  it('json: one object per line with time, level, message and the fields', () => {
    const lines: string[] = [];
    const log = createLogger((l) => lines.push(l), at, { format: 'json' });
    log.info('reminder sent', { key: 'rem:igf-2025:v0:2025-06-23:7d:slack:C1', channel: 'C1' });
    log.error('boom', { error: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), msg: 'a field named msg' });
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual({
      time: '2025-06-16T07:00:00.000Z',
      level: 'info',
      msg: 'reminder sent',
      key: 'rem:igf-2025:v0:2025-06-23:7d:slack:C1',
      channel: 'C1',
    });
    const second = JSON.parse(lines[1]!);
    expect(second).toMatchObject({
      level: 'error',
      msg: 'boom',
      field_msg: 'a field named msg',
      error: { name: 'Error', message: 'socket hang up', code: 'ECONNRESET' },
    });
    expect(second.error.stack).toContain('socket hang up');
  });

  it('text: time, level, message, then the fields as JSON', () => {
    const log = memoryLogger();
    log.warn('reminder send failed, will retry', { key: 'k1', attempt: 1 });
    expect(log.lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z warn reminder send failed, will retry \{"key":"k1","attempt":1\}$/);
  });

  it('drops lines below the configured level', () => {
    const log = memoryLogger({ level: 'warn' });
    log.debug?.('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(log.lines.map((l) => l.split(' ')[1])).toEqual(['warn', 'error']);
    const debug = memoryLogger({ level: 'debug' });
    debug.debug?.('d');
    expect(debug.lines).toHaveLength(1);
    expect(memoryLogger().lines).toHaveLength(0);
  });

  it('picks text on a terminal and JSON otherwise, unless the configuration says', () => {
    expect(resolveLogFormat(undefined, true)).toBe('text');
    expect(resolveLogFormat(undefined, false)).toBe('json');
    expect(resolveLogFormat('text', false)).toBe('text');
    expect(resolveLogFormat('json', true)).toBe('json');
  });
});
