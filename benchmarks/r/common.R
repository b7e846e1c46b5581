# Shared by the R side of benchmarks/side-by-side (docs/performance.md, "Side by side with R"): reading the inputs
# that the C# benchmarks wrote (OutcomesFramework.Benchmarks side-by-side-inputs DIR), timing, and the result line.
#
# Every script prints one line that benchmarks/side-by-side reads:
#   RESULT<TAB>name<TAB>median ms<TAB>min ms<TAB>repetitions<TAB>packages used (name version, ...)

# The folder of inputs and the number of repetitions from the command line: Rscript X.R [INPUTS] [REPS].
side_by_side_args <- function(default_reps, needs_inputs = TRUE) {
  args <- commandArgs(trailingOnly = TRUE)
  inputs <- if (length(args) >= 1 && nzchar(args[[1]]) && args[[1]] != "-") args[[1]] else NA_character_
  if (needs_inputs && (is.na(inputs) || !dir.exists(inputs))) {
    stop("usage: Rscript ", sub("--file=", "", grep("^--file=", commandArgs(), value = TRUE)),
         " INPUTS [REPS]; INPUTS is a folder written by 'OutcomesFramework.Benchmarks side-by-side-inputs INPUTS'",
         call. = FALSE)
  }
  reps <- if (length(args) >= 2) as.integer(args[[2]]) else default_reps
  if (is.na(reps) || reps < 1) stop("REPS must be a whole number >= 1, got '", args[[2]], "'", call. = FALSE)
  list(inputs = inputs, reps = reps)
}

# Reads n little-endian doubles (or 32-bit integers) that .NET's BinaryWriter wrote; the size is checked so that a
# stale or truncated file fails here, not as a wrong timing.
read_doubles <- function(inputs, name, n) read_raw(inputs, name, n, "double", 8L)
read_ints <- function(inputs, name, n) read_raw(inputs, name, n, "integer", 4L)
read_raw <- function(inputs, name, n, what, size) {
  path <- file.path(inputs, name)
  if (!file.exists(path)) stop(path, " is missing: rerun 'side-by-side-inputs'", call. = FALSE)
  if (file.size(path) != n * size) stop(path, " has ", file.size(path), " bytes, expected ", n * size, call. = FALSE)
  con <- file(path, "rb")
  on.exit(close(con))
  readBin(con, what, n = n, size = size, endian = "little")
}

# Stops with how to install a missing package, rather than R's bare "there is no package" error.
require_package <- function(name, version) {
  if (!requireNamespace(name, quietly = TRUE)) {
    cat(sprintf("MISSING\t%s\tnot installed: run benchmarks/r/install (installs %s %s from source)\n", name, name, version))
    quit(status = 3)
  }
  suppressPackageStartupMessages(library(name, character.only = TRUE))
}

# Runs f once untimed (first-call costs: byte compiling, lazy loading), then reps times, each after a full garbage
# collection so that one repetition does not pay for the previous one's garbage; elapsed (wall-clock) seconds, as
# BenchmarkDotNet measures.
time_reps <- function(f, reps) {
  invisible(f())
  vapply(seq_len(reps), function(i) {
    invisible(gc(full = TRUE))
    system.time(f(), gcFirst = FALSE)[["elapsed"]]
  }, numeric(1))
}

report <- function(name, seconds, packages = character()) {
  versions <- vapply(packages, function(p) paste(p, as.character(utils::packageVersion(p))), character(1))
  cat(sprintf("RESULT\t%s\t%.3f\t%.3f\t%d\t%s\n", name, stats::median(seconds) * 1000, min(seconds) * 1000,
              length(seconds), paste(c(R.version.string, versions), collapse = ", ")))
}
