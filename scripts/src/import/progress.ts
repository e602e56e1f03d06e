/**
 * Progress of a long import: on a terminal one line redrawn in place with a
 * bar, the rate and the time left; otherwise (a log, CI) a plain line every
 * 10 % or 15 seconds.
 */
export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private lastLine = 0;
  private lastShare = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  add(rows: number) {
    this.done += rows;
    const now = Date.now();
    if (this.out.isTTY) {
      if (now - this.lastLine >= 100 || this.done >= this.total) {
        this.lastLine = now;
        this.out.write(`\r${this.line(now)}\x1b[K`);
      }
      return;
    }
    const share = Math.floor((this.done / Math.max(this.total, 1)) * 10);
    if (share > this.lastShare || now - this.lastLine >= 15_000) {
      this.lastShare = share;
      this.lastLine = now;
      this.out.write(`${this.line(now)}\n`);
    }
  }

  finish() {
    if (this.out.isTTY) this.out.write(`\r${this.line(Date.now())}\x1b[K\n`);
  }

  /** "clients  [#######-------------]  35,000/100,000 rows  1,204 rows/s  ETA 0:54" */
  private line(now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.done / seconds;
    const share = this.total ? this.done / this.total : 1;
    const width = 24;
    const filled = Math.round(share * width);
    const left = rate > 0 ? (this.total - this.done) / rate : 0;
    const eta = `${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}`;
    return `${this.label.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} rows  ${Math.round(rate).toLocaleString('en')} rows/s  ETA ${eta}`;
  }
}
