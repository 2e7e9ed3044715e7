/** What could not be turned into an item: the words and why, for the reviewer. */
export interface Unreadable {
  paragraph: string;
  sentence: string;
  wording: string;
  reason: string;
}
