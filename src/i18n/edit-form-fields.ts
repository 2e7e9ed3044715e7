/** The fields of the secretariat's Teams edit card, in order (src/render/teams-forms.ts renders them): one list for labels and form. */
export const EDIT_FORM_FIELDS = [
  'title',
  'date',
  'status',
  'place',
  'who',
  'tags',
  'sendTo',
  'url',
  'source',
  'document',
  'link',
  'organiser',
  'notes',
  'translations',
] as const;
