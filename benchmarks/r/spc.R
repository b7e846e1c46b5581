# SPC (XmR) for 10,000 series of 24 points with NHSRplotthedots::ptd_spc, on the exact series of
# SpcBenchmarks.BatchNhsrPlotTheDots022 (read from INPUTS): same values, the same improvement direction per series
# (one ptd_spc call per direction, each series a facet) and the same targets (half the series). Run by
# benchmarks/side-by-side:
#   Rscript benchmarks/r/spc.R INPUTS [REPS] [SERIES]
# SERIES (default 10000) takes the first SERIES series only, for a quick check; the result is then named
# spc-SERIES and is not compared with the 10,000-series C# figure.
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))), "common.R"))
a <- side_by_side_args(default_reps = 3)
require_package("NHSRplotthedots", "0.2.2")
all_series <- 10000L
points <- 24L
extra <- commandArgs(trailingOnly = TRUE)
series <- if (length(extra) >= 3) as.integer(extra[[3]]) else all_series
if (is.na(series) || series < 1 || series > all_series) stop("SERIES must be 1..", all_series, call. = FALSE)
values <- read_doubles(a$inputs, "spc-values.f64", all_series * points)
lengths <- read_ints(a$inputs, "spc-lengths.i32", all_series)
if (any(lengths != points)) stop("every series is expected to have ", points, " points")
# ImprovementDirection: 0 = Increase, 1 = Decrease, 2 = Neutral.
directions <- c("increase", "decrease", "neutral")[read_ints(a$inputs, "spc-directions.i32", all_series) + 1L]
targets <- read_doubles(a$inputs, "spc-targets.f64", all_series)

keep <- seq_len(series * points)
data <- data.frame(
  series = sprintf("s%05d", rep(seq_len(all_series), each = points))[keep],
  date = rep(seq(as.Date("2024-01-01"), by = "month", length.out = points), all_series)[keep],
  value = values[keep]
)
# A missing value in C# (NaN) is a month with no figure: C# skips it, so the R side gets that row removed (the
# package's documented input is a series without NA values).
data <- data[!is.nan(data$value), ]
by_direction <- lapply(c("increase", "decrease", "neutral"), function(d) {
  ids <- which(directions[seq_len(series)] == d)
  names <- sprintf("s%05d", ids)
  with_target <- ids[!is.nan(targets[ids])]
  list(direction = d,
       data = data[data$series %in% names, ],
       target = if (length(with_target)) do.call(ptd_target, as.list(setNames(targets[with_target], sprintf("s%05d", with_target)))) else ptd_target())
})
run <- function() {
  lapply(by_direction, function(g) {
    if (nrow(g$data) == 0) return(NULL)
    as.data.frame(ptd_spc(g$data, value_field = value, date_field = date, facet_field = series,
                          improvement_direction = g$direction, target = g$target))
  })
}
check <- run()
if (sum(vapply(check, function(x) if (is.null(x)) 0L else nrow(x), integer(1))) != nrow(data)) {
  stop("ptd_spc did not return one row per point")
}
report(if (series == all_series) "spc" else paste0("spc-", series), time_reps(run, a$reps), c("NHSRplotthedots", "dplyr"))
