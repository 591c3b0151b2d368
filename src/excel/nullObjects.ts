// Asking Excel which of several "…OrNullObject" lookups exist, in one round trip.

interface Loadable {
  load(propertyNames: string): unknown;
}

/** Loads `isNullObject` of every given proxy (nulls are skipped) and syncs once. */
export async function loadNullObjects(context: Excel.RequestContext, proxies: readonly (Loadable | null)[]): Promise<void> {
  for (const proxy of proxies) proxy?.load("isNullObject");
  await context.sync();
}
