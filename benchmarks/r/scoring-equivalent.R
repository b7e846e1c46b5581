# A base-R equivalent of ScoringEngine.ScoreAll, for docs/performance/scoring.md: 153 councils x 40 indicators,
# latest period with 5-year trends. Synthetic data of the same shape (fixed seed, set.seed(1)): the C# benchmark
# (ScoringBenchmarks.AllAuthorities) scores the real England data, which this script does not read; the shape (councils,
# indicators, periods, ten neighbours each) and the arithmetic per council are the same. Base R only.
# Run by benchmarks/side-by-side, or alone: Rscript benchmarks/r/scoring-equivalent.R [- [REPS]]
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))), "common.R"))
a <- side_by_side_args(default_reps = 30, needs_inputs = FALSE)
set.seed(1)
n_la <- 153; n_ind <- 40; n_per <- 5; z <- qnorm(0.975)
den <- array(sample(50:2000, n_la * n_ind * n_per, TRUE), c(n_la, n_ind, n_per))
num <- array(rbinom(length(den), den, runif(length(den), 0.1, 0.9)), dim(den))
val <- round(num / den * 100, 1)
eng <- apply(num, c(2, 3), sum) / apply(den, c(2, 3), sum) * 100
nbr <- t(sapply(1:n_la, function(i) sample(setdiff(1:n_la, i), 10)))
pol <- sample(c(1, -1), n_ind, TRUE)
outcome <- rep(1:5, length.out = n_ind)
score_all <- function() {
  scores <- matrix(NA_real_, n_la, n_ind)
  res <- vector("list", n_ind)
  for (k in 1:n_ind) {
    x <- num[, k, n_per]; n <- den[, k, n_per]; v <- val[, k, n_per]
    # Wilson 95% limits
    lo <- (2 * x + z^2 - z * sqrt(z^2 + 4 * x * (1 - x / n))) / (2 * (n + z^2)) * 100
    up <- (2 * x + z^2 + z * sqrt(z^2 + 4 * x * (1 - x / n))) / (2 * (n + z^2)) * 100
    # LAIT rank (ties min) and type-7 quartile bands
    rk <- rank(-pol[k] * v, ties.method = "min")
    q <- quantile(v, c(0.25, 0.5, 0.75), type = 7)
    band <- if (pol[k] > 0) 4 - findInterval(v, q, left.open = TRUE) else 1 + findInterval(v, q, left.open = TRUE)
    # statistical-neighbour mean, England comparison, change
    nmean <- rowMeans(matrix(v[nbr], n_la))
    cmp <- ifelse(lo <= eng[k, n_per] & eng[k, n_per] <= up, 0, sign(v - eng[k, n_per]) * pol[k])
    change <- v - val[, k, n_per - 1]
    # Fingertips recent trend: weighted regression on 5 points, with 5 leave-one-out fits
    t5 <- 1:5
    X <- num[, k, ]; N <- den[, k, ]
    width <- 2 * z * sqrt(z^2 + 4 * X * (1 - X / N)) / (2 * (N + z^2)) * 100
    w <- 1 / (width / 3.92)^2
    slopes <- sapply(0:5, function(out) {
      keep <- t5 != out
      W <- w[, keep]; V <- val[, k, keep]; T <- matrix(t5[keep], n_la, sum(keep), byrow = TRUE)
      s1 <- rowSums(W); s2 <- rowSums(W * V * T); s3 <- rowSums(W * T); s4 <- rowSums(W * V); s5 <- rowSums(W * T^2)
      (s1 * s2 - s3 * s4) / (s1 * s5 - s3^2)
    })
    # percentile-rank score, ties averaged
    scores[, k] <- (rank(pol[k] * v, ties.method = "average") - 1) / (n_la - 1) * 100
    res[[k]] <- list(lo, up, rk, band, nmean, cmp, change, slopes)
  }
  out <- sapply(1:5, function(o) rowMeans(scores[, outcome == o, drop = FALSE]))
  overall <- rowMeans(out)
  list(res, out, overall, rank(-overall, ties.method = "min"))
}
report("scoring", time_reps(score_all, a$reps))
