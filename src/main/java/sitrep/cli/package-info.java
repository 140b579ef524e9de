/**
 * The command line (picocli): report, extract, render and gazetteer lookup. No pipeline logic here: commands parse
 * options, call the pipeline and print. Exit codes: 0 done, 1 failed, 2 bad usage.
 */
package sitrep.cli;
