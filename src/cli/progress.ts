/**
 * A one-line progress bar on stderr, drawn only on a terminal (never into a CI log or a pipe).
 * Lines printed meanwhile go above it: `print` clears the bar, writes, and draws it again.
 */
export class Progress {
  private done = 0;
  private current = '';

  constructor(
    private readonly total: number,
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
    private readonly columns = 80,
  ) {}

  started(name: string): void {
    this.current = name;
    this.draw();
  }

  finished(): void {
    this.done++;
    this.draw();
  }

  print(line: string): void {
    if (this.enabled) this.write('\r\x1b[K');
    this.write(line);
    this.draw();
  }

  end(): void {
    if (this.enabled) this.write('\r\x1b[K');
  }

  private draw(): void {
    if (!this.enabled || this.total < 2) return;
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    const head = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} `;
    const room = Math.max(0, this.columns - head.length - 1);
    const name = this.current.length > room ? `…${this.current.slice(-(room - 1))}` : this.current;
    this.write(`\r\x1b[K${head}${name}`);
  }
}
