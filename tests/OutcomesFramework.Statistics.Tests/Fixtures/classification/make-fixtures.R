# Reference values for tests/OutcomesFramework.Tests/Statistics/Classification, computed ONCE by hand and pinned in
# the CSV files beside this script; the tests never run R. Synthetic data (fixed seeds), so no licence attaches.
# Run from this folder: Rscript make-fixtures.R
# Computed with R 4.2.2 (Debian r-base-core 4.2.2.20221110), pROC 1.18.0, glmnet 4.1-6.
suppressMessages({ library(pROC); library(glmnet) })
w <- function(x) trimws(formatC(x, digits = 17, format = "g"))

## 1. ROC: two correlated scores with ties, 23 positives and 37 negatives.
set.seed(20261203)
n <- 60; y <- c(rep(1, 23), rep(0, 37)); y <- y[sample(n)]
latent <- rnorm(n) + 0.9 * y
a <- round(latent + rnorm(n, sd = 0.6), 1)          # rounded: ties within and between classes
b <- round(0.5 * latent + rnorm(n, sd = 1.0), 0)    # coarse: many ties
write.csv(data.frame(outcome = y, score_a = w(a), score_b = w(b)), "roc-data.csv", row.names = FALSE, quote = FALSE)
ra <- roc(y, a, levels = c(0, 1), direction = "<", quiet = TRUE)
rb <- roc(y, b, levels = c(0, 1), direction = "<", quiet = TRUE)
ca <- ci.auc(ra, method = "delong"); cb <- ci.auc(rb, method = "delong")
t <- roc.test(ra, rb, method = "delong", paired = TRUE)
out <- data.frame(
  name = c("auc_a", "var_a", "ci_lower_a", "ci_upper_a", "auc_b", "var_b", "ci_lower_b", "ci_upper_b", "z", "p"),
  value = w(c(auc(ra), var(ra, method = "delong"), ca[1], ca[3], auc(rb), var(rb, method = "delong"), cb[1], cb[3],
              t$statistic, t$p.value)))
write.csv(out, "roc-expected.csv", row.names = FALSE, quote = FALSE)

## 2. Ridge logistic regression: objective -loglik + (lambda/2) sum(beta_j^2), intercept unpenalised.
# Reference 1: glmnet (alpha = 0, lambda = lambda / N, standardize = FALSE, thresh = 1e-20).
# Reference 2: a hand-written Newton-Raphson in R; the two must agree before a value is pinned.
newton <- function(X, y, lambda) {
  Z <- cbind(1, X); k <- ncol(Z); beta <- rep(0, k); P <- diag(c(0, rep(lambda, k - 1)))
  for (it in 1:100) {
    mu <- plogis(drop(Z %*% beta)); g <- t(Z) %*% (y - mu) - P %*% beta
    H <- t(Z) %*% (Z * (mu * (1 - mu))) + P; step <- solve(H, g); beta <- beta + drop(step)
    if (max(abs(step)) < 1e-14) break
  }
  beta
}
fit <- function(name, X, y, lambda) {
  N <- nrow(X)
  g <- glmnet(X, y, family = "binomial", alpha = 0, lambda = lambda / N, standardize = FALSE, thresh = 1e-20, maxit = 1e7)
  ref <- c(as.numeric(coef(g)))
  nr <- newton(X, y, lambda)
  stopifnot(max(abs(ref - nr)) < 1e-7)
  cat(name, "glmnet vs Newton max difference", max(abs(ref - nr)), "\n")
  d <- data.frame(outcome = y, X); d[] <- lapply(d, w)
  write.csv(d, paste0(name, "-data.csv"), row.names = FALSE, quote = FALSE)
  write.csv(data.frame(name = c("lambda", "intercept", paste0("beta", seq_len(ncol(X)))), value = w(c(lambda, nr))),
            paste0(name, "-expected.csv"), row.names = FALSE, quote = FALSE)
}
set.seed(13)
X1 <- matrix(round(rnorm(80 * 3), 3), 80, 3); colnames(X1) <- c("x1", "x2", "x3")
y1 <- rbinom(80, 1, plogis(-0.4 + X1 %*% c(1.2, -0.7, 0.0)))
fit("ridge-overlap", X1, y1, 2.5)
# Completely separated: y = 1 exactly when x1 > 0, so maximum likelihood diverges; the penalty keeps it finite.
set.seed(7)
X2 <- matrix(round(rnorm(24 * 2), 3), 24, 2); colnames(X2) <- c("x1", "x2")
y2 <- as.numeric(X2[, 1] > 0)
fit("ridge-separated", X2, y2, 0.8)
