# Wilson 95% limits (percentages) for 1,000,000 proportions with PHEindicatormethods::phe_proportion, on the exact
# rows of StatisticsBenchmarks.Wilson95_1M (read from INPUTS). Run by benchmarks/side-by-side:
#   Rscript benchmarks/r/wilson.R INPUTS [REPS]
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))), "common.R"))
a <- side_by_side_args(default_reps = 15)
require_package("PHEindicatormethods", "2.0.0")
rows <- 1000000L
data <- data.frame(x = read_doubles(a$inputs, "wilson-numerators.f64", rows),
                   n = read_doubles(a$inputs, "wilson-denominators.f64", rows))
# type = "standard": the value and the two limits (the C# side writes the two limits; the value is one division).
run <- function() phe_proportion(data, x, n, type = "standard", confidence = 0.95, multiplier = 100)
check <- run()
if (nrow(check) != rows || anyNA(check$uppercl)) stop("phe_proportion did not return one limit per row")
report("wilson", time_reps(run, a$reps), c("PHEindicatormethods", "dplyr"))
