"""The learned gate: which of the quotes and reported claims the rules weighed are statements.

The rules (:mod:`monitor.understand.statements`) find every quote and reported claim, attribute it
and decide; the gate reads what they found out about each (the facts behind each rule, the words,
the article around it) and keeps, besides the rules' statements, those a logistic regression trained
on the development set's teaching sets finds likely enough. A statement the gate keeps without a
stance cue takes the stance it learned for those. Round 21: it also drops a rules' statement it
finds very unlikely (its ``veto``, chosen by leave-one-set-out cross-validation, tests/bench/gate_cv.py).

* :mod:`.features` — a candidate's features, the same code at training and at run time (pure);
* :mod:`.model` — the weights (``gate_model.npz`` + ``gate_model.json`` in this folder), loaded
  once, and the probabilities;
* :mod:`.train` — ``python -m monitor.understand.gate.train`` rewrites the artefact.
"""
