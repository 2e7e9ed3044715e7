/** Wording for the export features (part of the English catalogue, see ../en.ts). */
export const exporting = {};
