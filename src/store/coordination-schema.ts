import * as z from 'zod';

// Schemas built on first use (z.lazy), as in src/calendar/schema.ts.

/**
 * What several processes sharing one store coordinate through (schema version 2): requests already
 * handled, named leases, and the languages people and channels chose. Times are real time, never
 * a rehearsal clock, so a rehearsal cannot expire or steal what production holds.
 */

const Instant = z.lazy(() => z.string().datetime({ offset: true }));

/** A Slack retry, form submission or other request already acted on; kept until `expiresAt`. */
export const HandledSchema = z.lazy(() =>
  z
    .object({
      key: z.string().min(1).max(300),
      at: Instant,
      expiresAt: Instant,
    })
    .strict(),
);

/** A named lease: `holder` acts alone until `until`, then anyone may take it over. */
export const LeaseSchema = z.lazy(() =>
  z
    .object({
      holder: z.string().min(1).max(200),
      until: Instant,
    })
    .strict(),
);

export const LANGUAGE_CODES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export const LanguageCodeSchema = z.lazy(() => z.enum(LANGUAGE_CODES));

const LanguagePreferenceSchema = z.lazy(() => z.object({ lang: LanguageCodeSchema, setAt: Instant, setBy: z.string().max(200).optional() }).strict());

/** Keys: users `platform:user id`; channels the subscription id form `platform:conversation id`. */
export const PreferencesSchema = z.lazy(() =>
  z
    .object({
      users: z.record(z.string().max(300), LanguagePreferenceSchema).default({}),
      channels: z.record(z.string().max(420), LanguagePreferenceSchema).default({}),
    })
    .strict(),
);

export type Handled = z.infer<typeof HandledSchema>;
export type Lease = z.infer<typeof LeaseSchema>;
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;
export type Preferences = z.infer<typeof PreferencesSchema>;
