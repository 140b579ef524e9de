/**
 * Runs the stages in order (ingest, extract, geocode, merge, render, report, export), collects per-item issues in
 * {@link sitrep.pipeline.Diagnostics} and defines the one fatal error type, {@link sitrep.pipeline.SitrepException}.
 */
package sitrep.pipeline;
