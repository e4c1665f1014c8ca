/**
 * The one place where engine differences in values are smoothed over:
 * booleans are stored as 0/1 integers on both engines, counts come back as
 * number or string depending on the driver.
 */
export function toDbBool(value: boolean): number {
  return value ? 1 : 0;
}

export function fromDbBool(value: number | boolean | null | undefined): boolean {
  return value === true || value === 1;
}

export function toCount(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}
