const NONE: readonly string[] = [];

/**
 * Relations of one direction, by type and then by ref: `type → ref → the refs at the other end`.
 *
 * Built for a whole catalog at once (about 4 million relation ends at 50,000 entities), so adding
 * is a push onto an array under two map lookups — no key is built by concatenation and no set is
 * grown per edge, which made building the graph take 12 s at that size. An end listed twice stays
 * twice; readers that need each once make a set of what they read.
 */
export class RelationIndex {
  private readonly byType = new Map<string, Map<string, string[]>>();

  add(type: string, ref: string, otherRef: string): void {
    let byRef = this.byType.get(type);
    if (!byRef) {
      byRef = new Map();
      this.byType.set(type, byRef);
    }
    const others = byRef.get(ref);
    if (others) {
      others.push(otherRef);
    } else {
      byRef.set(ref, [otherRef]);
    }
  }

  /** The refs at the other end of `ref`'s relations of `type`; possibly repeated. */
  get(type: string, ref: string): readonly string[] {
    return this.byType.get(type)?.get(ref) ?? NONE;
  }
}
