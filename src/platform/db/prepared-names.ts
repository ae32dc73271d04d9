/**
 * Statements each connection keeps prepared unless told otherwise (D13). A search's statement and
 * its plans take ≈ 190 KB of a PostgreSQL backend's memory (the search benchmark's mix is 30
 * statements); a hundred such, the worst case, is 19 MB per connection.
 */
export const PREPARED_STATEMENTS = 100;

/**
 * The names of one connection's prepared statements, by text, the most recently used last: what
 * both drivers keep (the PGlite dialect and `keepPrepared` on a `pg` client), each preparing,
 * closing and executing in its own way.
 */
export class PreparedNames {
  private readonly names = new Map<string, string>();
  private serial = 0;
  constructor(private readonly keep: number) {}

  /** Whether a statement like this is kept: reading and writing ones, not DDL or transaction control. */
  keeps(text: string): boolean {
    return this.keep > 0 && /^\s*(select|with|insert|update|delete)\b/i.test(text);
  }

  /**
   * The statement's name, now the most recently used; `fresh` when it is still to be prepared,
   * `evicted` the name of the one let go to make room for it (to be closed by the caller).
   */
  use(text: string): { name: string; fresh: boolean; evicted?: string } {
    const known = this.names.get(text);
    this.names.delete(text);
    const name = known ?? `k${++this.serial}`;
    this.names.set(text, name);
    let evicted: string | undefined;
    if (!known && this.names.size > this.keep) {
      const [oldText, oldName] = this.names.entries().next().value!;
      this.names.delete(oldText);
      evicted = oldName;
    }
    return { name, fresh: !known, evicted };
  }

  /** Not kept any more (failed to prepare, or stale); its name is never used again. */
  forget(text: string): void {
    this.names.delete(text);
  }
}
