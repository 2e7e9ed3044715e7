/** Wording for the reminders features (part of the English catalogue, see ../en.ts). */
export const reminders = {};
