// Neo4j values as plain JS: Integers become numbers (ids and offsets fit easily), temporal
// values become their ISO strings, nodes their properties.
// Every field of every quote card passes through here, so it is on the hot path (a CPU profile
// at 1M quotes had it and the driver's type probes at ~13% of the API process): scalars and the
// driver's plain maps are recognised first, the driver's type probes run only on class instances.
// Lists and maps are converted in place: the driver unpacks fresh ones for every result, so
// copying them only made garbage (a page of 20 cards is ~60 maps).
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  return plainMap({ ...(value as Record<string, unknown>) });
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  for (const k in value) {
    if (Object.prototype.hasOwnProperty.call(value, k)) value[k] = toPlain(value[k]);
  }
  return value;
}
