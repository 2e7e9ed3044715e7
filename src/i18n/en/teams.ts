/** Wording for the teams features (part of the English catalogue, see ../en.ts). */
export const teams = {};
