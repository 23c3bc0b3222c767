/** A text fit for one line of output: control characters (a newline in a file name) shown as escapes. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Prints a one-line problem on stderr: `crosscheck: <file>: <reason>`. */
export function warn(file: string, reason: string): void {
  process.stderr.write(`crosscheck: ${printable(file)}: ${printable(reason)}\n`);
}
