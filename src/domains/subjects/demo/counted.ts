/** Passes items through and calls report(n) after every `every` items and after the last one. */
export function* counted<T>(items: Iterable<T>, every: number, report: (n: number) => void): Generator<T> {
  let n = 0;
  for (const item of items) {
    yield item;
    n += 1;
    if (n % every === 0) report(n);
  }
  if (n % every !== 0) report(n);
}
