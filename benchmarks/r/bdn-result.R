# Reads a BenchmarkDotNet full JSON report (--exporters json) and prints the RESULT line of common.R for one method:
# the median and minimum of the measured iterations in ms, their count, and the runtime. Used by
# benchmarks/side-by-side:  Rscript benchmarks/r/bdn-result.R REPORT.json NAME METHOD
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))), "common.R"))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: Rscript bdn-result.R REPORT.json NAME METHOD", call. = FALSE)
report_json <- jsonlite::fromJSON(args[[1]], simplifyVector = FALSE)
method <- args[[3]]
found <- Filter(function(b) identical(b$Method, method), report_json$Benchmarks)
if (length(found) != 1) stop("no single benchmark '", method, "' in ", args[[1]], call. = FALSE)
s <- found[[1]]$Statistics
if (is.null(s)) stop("benchmark '", method, "' has no statistics (did it fail?) in ", args[[1]], call. = FALSE)
env <- report_json$HostEnvironmentInfo
cat(sprintf("RESULT\t%s\t%.4f\t%.4f\t%d\t%s\n", args[[2]], s$Median / 1e6, s$Min / 1e6, as.integer(s$N),
            paste0(env$RuntimeVersion, ", ", env$BenchmarkDotNetCaption, " ", env$BenchmarkDotNetVersion)))
