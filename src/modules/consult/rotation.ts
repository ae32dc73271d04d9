/** Who hosts in `year`, given members in rotation order and the year the first member hosts. */
export function hostForYear<T>(members: readonly T[], baseYear: number, year: number): T {
  if (members.length === 0) throw new RangeError("rotation has no members");
  const n = members.length;
  return members[(((year - baseYear) % n) + n) % n]!;
}

/** The base year that makes `member` host in `year` (seeding from a known fact such as "2024 is 太仓's year"). */
export function baseYearFor<T>(members: readonly T[], member: T, year: number): number {
  const i = members.indexOf(member);
  if (i < 0) throw new RangeError("member not in rotation");
  return year - i;
}
