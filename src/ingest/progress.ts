// A one-line progress bar on stderr for long runs; plain periodic lines when stderr is not a
// terminal (CI logs), nothing for a single file.

export interface Progress {
  tick(label: string): void;
  /** Print a line above the bar (an error for one file) without garbling it. */
  note(line: string): void;
  done(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0;
  const tty = stream.isTTY === true;
  const enabled = total > 1;
  const width = 30;
  const render = (label: string): void => {
    const filled = Math.round((count / total) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const short = label.length > 40 ? `...${label.slice(-37)}` : label;
    stream.write(`\r[${bar}] ${count}/${total} ${short}\u001b[K`);
  };
  return {
    tick(label) {
      count += 1;
      if (!enabled) return;
      if (tty) render(label);
      else if (count % 50 === 0 || count === total) stream.write(`${count}/${total} files\n`);
    },
    note(line) {
      if (enabled && tty) stream.write('\r\u001b[K');
      stream.write(`${line}\n`);
    },
    done() {
      if (enabled && tty) stream.write('\n');
    },
  };
}
