# Rate limits per 100,000 (exact Poisson below 10, Byar's from 10) for 1,000,000 rates with
# PHEindicatormethods::phe_rate, on the exact rows of StatisticsBenchmarks.Rate95_1M (read from INPUTS), about 10%
# of them below 10. Run by benchmarks/side-by-side:
#   Rscript benchmarks/r/rate.R INPUTS [REPS]
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))), "common.R"))
a <- side_by_side_args(default_reps = 5)
require_package("PHEindicatormethods", "2.0.0")
rows <- 1000000L
data <- data.frame(x = read_doubles(a$inputs, "rate-counts.f64", rows),
                   n = read_doubles(a$inputs, "rate-populations.f64", rows))
run <- function() phe_rate(data, x, n, type = "standard", confidence = 0.95, multiplier = 100000)
check <- run()
if (nrow(check) != rows || anyNA(check$uppercl)) stop("phe_rate did not return one limit per row")
report("rate", time_reps(run, a$reps), c("PHEindicatormethods", "dplyr"))
