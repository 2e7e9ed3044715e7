/**
 * The console's "cwg> " prompt on a terminal, and what prints above it. Lines that arrive while the
 * prompt waits for input (a log line on stderr, a reminder) must not run on after it ("cwg> 2026-…
 * info …"): `above` clears the prompt's line, prints, and puts the prompt back below. While a reply
 * is being written the prompt is not shown, so nothing is cleared or repeated.
 */
export class PromptLine {
  private shown = false;

  constructor(
    private readonly out: (text: string) => void,
    readonly prompt = 'cwg> ',
  ) {}

  /** Shows the prompt and marks it waiting. */
  show(): void {
    this.out(this.prompt);
    this.shown = true;
  }

  /** The operator pressed Enter: the cursor is on a new line and the prompt is gone. */
  hide(): void {
    this.shown = false;
  }

  get waiting(): boolean {
    return this.shown;
  }

  /** Runs `print` (which writes whole lines, to stdout or stderr) above a waiting prompt. */
  above(print: () => void): void {
    if (!this.shown) {
      print();
      return;
    }
    this.out('\r\x1b[K');
    print();
    this.out(this.prompt);
  }
}
