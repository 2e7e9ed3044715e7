// Telling and showing a database URL, apart from connection.ts so that choosing the store (the CLI, open-store.ts)
// does not load pg: only opening a PostgreSQL store does.

/** The database URL as messages and the health check show it: the password replaced by ****. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '****';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:****@');
  }
}

export function isDatabaseUrl(value: string | undefined): value is string {
  return value !== undefined && /^postgres(ql)?:\/\//i.test(value);
}
