/** Wording for the slack features (part of the English catalogue, see ../en.ts). */
export const slack = {};
