"""A small Optuna study with optuna's default stderr handler (verbosity raised to DEBUG for some records)."""
import math
import optuna

optuna.logging.set_verbosity(optuna.logging.DEBUG)


def ziel(trial):
    x = trial.suggest_float("x", -10, 10)
    art = trial.suggest_categorical("art", ["café", "日本", "Jürgen"])
    if trial.number == 2:
        raise ValueError(f"Versuch {trial.number} gescheitert: art={art} — ungültig")
    if trial.number == 3:
        return math.nan  # an invalid value: optuna warns
    if trial.number == 4:
        raise optuna.TrialPruned()
    return (x - 2) ** 2


if __name__ == "__main__":
    study = optuna.create_study(study_name="studie-café", storage=None)
    study.optimize(ziel, n_trials=7, catch=(ValueError,))
    study.set_user_attr("schlüssel", "wert")
    try:
        study.optimize(lambda t: 1 / 0, n_trials=1)
    except ZeroDivisionError:
        pass
    eig = optuna.logging.get_logger("optuna.eigener")  # a child of "optuna": same default handler
    eig.debug("Studie %s: %d Versuche", study.study_name, len(study.trials))
    eig.error("Speichern nach /nicht/da/ergebnis-ü.csv fehlgeschlagen")
    eig.critical("Abbruch — kritisch")
    eig.info("Fertig — beste Wert %.3f", study.best_value)
