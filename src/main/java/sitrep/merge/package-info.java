/**
 * Merge: per-document incidents in, one {@link sitrep.model.Incident} per attack out, with every source, stable ids,
 * best-supported values and the ranges of disagreeing counts. Output order and ids depend only on the input values,
 * not on file order.
 */
package sitrep.merge;
