import pg from 'pg';
import { StoreError } from '../../errors.js';

export { isDatabaseUrl, redactUrl } from './database-url.js';

/**
 * A connected client. An error event after connecting (the server went away) is kept, not thrown
 * into the void: the next query fails and the store says so.
 */
export async function connect(url: string, location: string, onError: (e: Error) => void = () => {}): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'cwg-bot' });
  client.on('error', onError);
  try {
    await client.connect();
    // A replica that hangs inside an update must not hold the write lock for ever: the server ends its session.
    await client.query("set idle_in_transaction_session_timeout = '60s'");
  } catch (e) {
    await client.end().catch(() => {});
    throw new StoreError('DATABASE_UNREACHABLE', `cannot connect to ${location}: ${(e as Error).message}`, location);
  }
  return client;
}
