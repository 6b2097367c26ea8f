// A one-line progress display on a terminal (silent when not a TTY or in --json mode).
import type { WriteStream } from 'node:tty';

export function progressLine(stream: NodeJS.WriteStream | WriteStream, enabled: boolean) {
  const tty = enabled && stream.isTTY === true;
  const started = Date.now();
  let last = 0;
  return {
    update(text: string) {
      const now = Date.now();
      if (!tty || now - last < 100) return;
      last = now;
      stream.write(`\r\x1b[K${text} (${((now - started) / 1000).toFixed(1)} s)`);
    },
    done() {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
