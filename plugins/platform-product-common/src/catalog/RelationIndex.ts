/**
 * The catalog's relations, indexed from both ends: `type → source ref → targets` and
 * `type → target ref → sources`.
 *
 * Built for a whole catalog at once (about 4 million relation ends at 50,000 entities), so adding
 * is a push onto an array under two map lookups — no key is built by concatenation and no set is
 * grown per edge, which made building the graph take 12 s at that size. An end listed twice stays
 * twice until it is read into a set.
 */
export class RelationIndex {
  private readonly outgoing = new Map<string, Map<string, string[]>>();
  private readonly incoming = new Map<string, Map<string, string[]>>();

  /** Records `sourceRef` —type→ `targetRef`. */
  add(type: string, sourceRef: string, targetRef: string): void {
    push(this.outgoing, type, sourceRef, targetRef);
    push(this.incoming, type, targetRef, sourceRef);
  }

  /**
   * Adds to `into` the refs `ref` points to with a `type` relation and the refs that point to `ref`
   * with the inverse relation (the catalog stores both; reading both keeps the answer right when
   * only one side was fetched), without copying arrays on the way.
   */
  addRelated(
    into: Set<string>,
    ref: string,
    type: string,
    inverseType: string,
  ): Set<string> {
    for (const other of this.outgoing.get(type)?.get(ref) ?? []) {
      into.add(other);
    }
    for (const other of this.incoming.get(inverseType)?.get(ref) ?? []) {
      into.add(other);
    }
    return into;
  }
}

function push(
  index: Map<string, Map<string, string[]>>,
  type: string,
  ref: string,
  otherRef: string,
): void {
  let byRef = index.get(type);
  if (!byRef) {
    byRef = new Map();
    index.set(type, byRef);
  }
  const others = byRef.get(ref);
  if (others) {
    others.push(otherRef);
  } else {
    byRef.set(ref, [otherRef]);
  }
}
