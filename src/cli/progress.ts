import cliProgress from "cli-progress";

/** Reports `done` of `total` steps (with the bar's extra fields), then `stop()` once the work ends. */
export interface Progress {
  (done: number, total: number, fields?: Record<string, string>): void;
  stop(): void;
}

/**
 * A bar on stderr for work of at least `min` steps, in a terminal only: never with --json, nor
 * when stderr is a file or a pipe (scripts, CI logs), whose readers want the result alone.
 * `format` is cli-progress's, e.g. "import [{bar}] {value}/{total}".
 */
export function progressBar(format: string, json: boolean | undefined, min = 1): Progress {
  const shown = !json && process.stderr.isTTY === true;
  let bar: cliProgress.SingleBar | undefined;
  const report = ((done: number, total: number, fields?: Record<string, string>) => {
    if (!shown || total < min) return;
    if (!bar) {
      bar = new cliProgress.SingleBar({ format, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
      bar.start(total, 0, fields);
    }
    bar.update(done, fields);
  }) as Progress;
  report.stop = () => bar?.stop();
  return report;
}
