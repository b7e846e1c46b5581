# Base R read.csv of the largest EES file the C# EES benchmarks read, la_care_leavers_activity.csv (3.3 MB, 20,040
# rows; shipped in src/OutcomesFramework.England/Data/ees/), against EesReaderBenchmarks.TwoIndicators. The C# side
# holds the text in memory; this side reads the file, which the untimed first run leaves in the page cache, so the
# disk is not measured either (R's textConnection, the in-memory route, is slower than reading a cached file, and
# would flatter the ratio). Base R only. Run by benchmarks/side-by-side, or alone:
#   Rscript benchmarks/r/ees-read-csv.R [- [REPS]]
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))), "common.R"))
a <- side_by_side_args(default_reps = 15, needs_inputs = FALSE)
script_dir <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE)))
path <- file.path(script_dir, "..", "..", "src", "OutcomesFramework.England", "Data", "ees", "la_care_leavers_activity.csv")
if (!file.exists(path)) stop(path, " is missing: run from a checkout of the repository", call. = FALSE)
# Every column as text, as the C# reader takes fields before it converts the two it uses.
run <- function() read.csv(path, colClasses = "character", check.names = FALSE, fileEncoding = "UTF-8-BOM")
check <- run()
if (nrow(check) != 20040L) stop("expected 20,040 rows, read ", nrow(check))
report("ees", time_reps(run, a$reps))
