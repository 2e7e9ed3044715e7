/** Wording for the editing features (part of the English catalogue, see ../en.ts). */
export const editing = {};
