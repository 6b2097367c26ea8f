// Writes text to a Node stream with backpressure: awaits 'drain' when the stream's buffer is full.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class SinkWriter {
  private buffer: string[] = [];
  private size = 0;

  constructor(
    readonly out: Writable,
    /** Characters gathered before one write to the stream. */
    private readonly chunk = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= this.chunk) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /** Flushes and ends the stream, resolving when everything is written. */
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
  }
}
