/**
 * The data model: immutable records and closed-vocabulary enums shared by every stage. Depends on nothing else in
 * the project. Unknown values are null (or an UNKNOWN enum value), never a sentinel.
 */
package sitrep.model;
