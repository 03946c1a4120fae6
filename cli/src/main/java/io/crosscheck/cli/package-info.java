/**
 * The {@code crosscheck} command line: Picocli subcommands over files, folders and standard input,
 * running the same engine as the service with no database. Output goes through Picocli's writers so
 * tests capture it; exit codes are those of {@code shared/DESIGN.md} §4.
 */
package io.crosscheck.cli;
