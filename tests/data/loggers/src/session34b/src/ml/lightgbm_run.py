"""Train a tiny LightGBM model with the default logger.

Native Info/Debug/Warning lines reach stdout through the Python callback (print); Fatal lines are
written by the C++ library to stderr. Run with `python -u ... > lightgbm.log 2>&1`.
"""
import lightgbm as lgb
import numpy as np

rng = np.random.default_rng(7)
X = rng.normal(size=(200, 4))
X[:, 3] = 1.0  # a constant column: LightGBM warns about it
y = (X[:, 0] + 0.5 * X[:, 1] > 0).astype(int)
names = ["orders", "basket_eur", "visits", "constant"]

params = {"objective": "binary", "verbosity": 2, "num_leaves": 4, "min_data_in_leaf": 5, "learning_rate": 0.3,
          "no_such_param": 1}
train = lgb.Dataset(X, label=y, feature_name=names)
booster = lgb.train(params, train, num_boost_round=3)
assert booster.num_trees() == 3

# a feature name with JSON special characters: LightGBM refuses it with a Fatal
try:
    bad = lgb.Dataset(X, label=y, feature_name=["Café \"Zoë\"", "C:\\shop\\orders", "tab\there", "東京"])
    lgb.train({"objective": "binary", "verbosity": 1}, bad, num_boost_round=1)
except lgb.basic.LightGBMError:
    pass  # the native library has already logged it

# a wrong objective: Fatal again
try:
    lgb.train({"objective": "no-such-objective", "verbosity": 1}, lgb.Dataset(X, label=y), num_boost_round=1)
except lgb.basic.LightGBMError:
    pass  # the native library has already logged it
